package io.rolecall.functions;

/**
 * What a scheduled invocation carries: the schedule's own time, which the template passes from
 * EventBridge Scheduler ({@code <aws.scheduler.scheduled-time>}) and an EventBridge rule's event
 * holds as "time"; and, for the scan function invoked by hand, whether to accept a directory change
 * the guard held.
 *
 * @param time                  the scheduled time, ISO-8601, or null when invoked by hand
 * @param acceptDirectoryChange true to accept a change the guard held
 */
public record ScheduleEvent(String time, boolean acceptDirectoryChange) {
}
