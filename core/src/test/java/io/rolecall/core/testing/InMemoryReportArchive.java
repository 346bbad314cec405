package io.rolecall.core.testing;

import io.rolecall.core.port.ReportArchive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Kept copies in a map by report key and send time, as the real stores key them. */
public final class InMemoryReportArchive implements ReportArchive {

    private final Map<String, ArchivedReport> reports = new LinkedHashMap<>();
    private final Map<String, byte[]> messages = new LinkedHashMap<>();

    private static String key(ArchivedReport report) {
        return report.reportKey() + "|" + report.sentAt();
    }

    @Override
    public void keep(ArchivedReport report, byte[] message) {
        report.refuseOther(message);
        reports.putIfAbsent(key(report), report);
        messages.putIfAbsent(key(report), message.clone());
    }

    @Override
    public List<ArchivedReport> between(LocalDate from, LocalDate to) {
        List<ArchivedReport> found = new ArrayList<>(reports.values().stream()
                .filter(r -> !r.asOf().isBefore(from) && !r.asOf().isAfter(to)).toList());
        found.sort(Comparator.comparing(ArchivedReport::asOf).thenComparing(ArchivedReport::sentAt)
                .thenComparing(ArchivedReport::reportKey));
        return found;
    }

    @Override
    public byte[] message(ArchivedReport report) {
        byte[] message = messages.get(key(report));
        if (message == null) {
            throw new NoSuchElementException("no copy of " + report.reportKey() + " sent at " + report.sentAt());
        }
        return message.clone();
    }
}
