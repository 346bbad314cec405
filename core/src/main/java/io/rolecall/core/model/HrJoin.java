package io.rolecall.core.model;

import java.util.Map;

/**
 * The directory with what the HR system adds, joined by work email (emails compare case-insensitively):
 * an end date where the directory has none, and a title, department or manager where it has none. The
 * directory stays the truth for accounts, groups and status.
 *
 * @param directory      the directory, enriched
 * @param matched        people found in both
 * @param hrWithoutAccount HR records no directory account has (often people who left long ago): counted
 * @param peopleWithoutHr  people the HR system does not hold (contractors, service accounts): kept, counted
 */
public record HrJoin(DirectorySnapshot directory, HrSnapshot hr, int matched, int hrWithoutAccount,
                     int peopleWithoutHr) {

    public static HrJoin of(DirectorySnapshot directory, HrSnapshot hr) {
        Map<Email, HrRecord> byEmail = hr.byEmail();
        int[] matched = {0};
        DirectorySnapshot joined = directory.map(person -> {
            HrRecord record = byEmail.get(person.email());
            if (record == null) {
                return person;
            }
            matched[0]++;
            return new Person(person.id(), person.email(), person.name(), person.status(), person.type(),
                    person.title() != null ? person.title() : record.title(),
                    person.department() != null ? person.department() : record.department(),
                    person.manager() != null ? person.manager() : record.manager(), person.groups(),
                    person.endDate() != null ? person.endDate() : record.endDate());
        });
        return new HrJoin(joined, hr, matched[0], byEmail.size() - matched[0],
                directory.people().size() - matched[0]);
    }
}
