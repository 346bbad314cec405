package io.rolecall.core.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The stretch of days a report covers, and a stable key for it (2026-W48, 2026-Q4) that makes
 * "send each period's report once" checkable.
 */
public record ReportPeriod(String key, String label, LocalDate from, LocalDate to) {

    /** The seven days ending on {@code asOf}, keyed by the ISO week of {@code asOf}. */
    public static ReportPeriod weekOf(LocalDate asOf) {
        int week = asOf.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int year = asOf.get(IsoFields.WEEK_BASED_YEAR);
        LocalDate from = asOf.minusDays(6);
        return new ReportPeriod(String.format(Locale.ROOT, "%d-W%02d", year, week),
                "week " + week + " (" + from + " to " + asOf + ")", from, asOf);
    }

    /**
     * The quarter the day before {@code asOf} belongs to, up to {@code asOf}: on the first day of a
     * quarter this is the whole quarter just ended, mid-quarter it is the quarter to date.
     */
    public static ReportPeriod quarterBefore(LocalDate asOf) {
        LocalDate reference = asOf.minusDays(1);
        int quarter = reference.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate from = LocalDate.of(reference.getYear(), (quarter - 1) * 3 + 1, 1);
        LocalDate end = from.plusMonths(3).minusDays(1);
        LocalDate to = asOf.isBefore(end) ? asOf : end;
        String name = "Q" + quarter + " " + reference.getYear();
        return new ReportPeriod(reference.getYear() + "-Q" + quarter,
                name + (to.equals(end) ? "" : " to date") + " (" + from + " to " + to + ")", from, to);
    }

    /** "Q3 2026" or "week 48": the label without its dates. */
    public String name() {
        String name = label.contains(" (") ? label.substring(0, label.indexOf(" (")) : label;
        return name.replace(" to date", "");
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
