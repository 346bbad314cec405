package io.rolecall.core.report;

import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Something ahead the compliance manager can still prevent: a holder leaving, or days when a role will
 * have nobody to act on it, with the days left. Text fields are raw; templates escape them for HTML.
 *
 * @param on       the holder's last day, or the first day of the gap
 * @param daysLeft days from the report's day to {@code on}
 */
public record ComingLine(LocalDate on, long daysLeft, String what) {

    /** "in 21 days", "tomorrow", "today". */
    public String when() {
        return daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days";
    }

    /** The open leaving-soon and coverage-gap findings, soonest first. */
    static List<ComingLine> of(List<Finding> open, DirectorySnapshot directory, LocalDate asOf) {
        List<ComingLine> lines = new ArrayList<>();
        for (Finding finding : open) {
            Optional<LocalDate> on = finding.kind() == FindingKind.COVERAGE_GAP
                    ? finding.key().period().map(FindingKey.Period::first)
                    : finding.kind() == FindingKind.HOLDER_LEAVING_SOON && finding.person() != null
                    ? directory.find(finding.person()).map(Person::endDate) : Optional.empty();
            on.filter(day -> !day.isBefore(asOf)).ifPresent(day -> lines.add(new ComingLine(day,
                    ChronoUnit.DAYS.between(asOf, day), finding.message())));
        }
        lines.sort(Comparator.comparing(ComingLine::on).thenComparing(ComingLine::what));
        return lines;
    }
}
