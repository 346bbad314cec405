package io.rolecall.core.finding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One stretch of time a finding was open: from the scan that detected it to the one that no longer
 * did. A resolved episode also records the last scan that still detected the gap, so the fix lies
 * between {@code lastSeenOn} and {@code resolvedOn}. While an episode is open it has no
 * {@code lastSeenOn}: the latest scan detected it, and recording that date would rewrite every open
 * finding after every scan, where a scan in which nothing changed should write almost nothing.
 *
 * @param lastSeenOn null while open; for a resolved episode, null only in records that predate it
 */
public record Episode(LocalDate openedOn, LocalDate resolvedOn, LocalDate lastSeenOn) {

    public Episode {
        Objects.requireNonNull(openedOn, "openedOn");
        if (resolvedOn != null && resolvedOn.isBefore(openedOn)) {
            throw new IllegalArgumentException("an episode cannot be resolved before it opened");
        }
        if (lastSeenOn != null) {
            if (resolvedOn == null) {
                throw new IllegalArgumentException("an open episode has no last-seen date: the latest scan saw it");
            }
            if (lastSeenOn.isBefore(openedOn) || lastSeenOn.isAfter(resolvedOn)) {
                throw new IllegalArgumentException("an episode is last seen between its opening and its resolution");
            }
        }
    }

    /** An episode opened by the scan of {@code on}. */
    public static Episode openedOn(LocalDate on) {
        return new Episode(on, null, null);
    }

    public boolean isOpen() {
        return resolvedOn == null;
    }

    /**
     * Resolved by the scan of {@code on}; last seen by the scan of {@code lastScan}, the latest stored
     * scan before it (never before the episode opened: a scan that stored findings but crashed before
     * its run record leaves an episode younger than the latest run).
     */
    public Episode resolve(LocalDate on, LocalDate lastScan) {
        LocalDate lastSeen = lastScan == null || lastScan.isBefore(openedOn) ? openedOn
                : lastScan.isAfter(on) ? on : lastScan;
        return new Episode(openedOn, on, lastSeen);
    }
}
