package io.rolecall.core.nonconformity;

import java.time.LocalDate;
import java.util.List;

/** A nonconformity about to be raised: everything but the id, which the store gives it. */
public record NcDraft(NcSource source, List<String> findingIds, LocalDate raisedOn, String description, String by) {

    public NcDraft {
        findingIds = List.copyOf(findingIds);
        if (findingIds.isEmpty()) {
            throw new IllegalArgumentException("a nonconformity is about at least one finding");
        }
    }

    /** The nonconformity as first stored, at revision 1. */
    public Nonconformity withId(String id) {
        Nonconformity raised = new Nonconformity(id, 1, NcStatus.OPEN, source, findingIds, raisedOn, description,
                null, null, null, null, null, null, null, List.of());
        return raised.withHistory(new NcHistoryEntry(raisedOn, by, "raised (" + source + "): " + raised.summary()));
    }

    /** NC-YYYY-NNN: the year it was raised and its number in that year, from 001. */
    public static String id(int year, int number) {
        return String.format(java.util.Locale.ROOT, "NC-%04d-%03d", year, number);
    }
}
