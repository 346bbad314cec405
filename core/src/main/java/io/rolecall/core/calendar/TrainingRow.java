package io.rolecall.core.calendar;

/**
 * One training completion as a person or a file gave it, not yet checked.
 *
 * @param where "line 3 of training.csv", or "" for one given on the command line
 */
public record TrainingRow(String where, String person, String roleId, String completedOn, String evidence) {
}
