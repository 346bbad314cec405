package io.rolecall.core.testing;

import io.rolecall.core.port.ReportLog;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A faithful in-memory report log; it passes the same contract test as the DynamoDB one. */
public final class InMemoryReportLog implements ReportLog {

    private final Map<String, SentReport> reports = new HashMap<>();

    @Override
    public synchronized boolean claim(String reportKey, Instant now, Duration lease) {
        SentReport existing = reports.get(reportKey);
        if (existing != null && (existing.sent() || existing.claimedAt().plus(lease).isAfter(now))) {
            return false;
        }
        reports.put(reportKey, new SentReport(reportKey, now, null, null, 0));
        return true;
    }

    @Override
    public synchronized void markSent(String reportKey, Instant sentAt, String deliveryId, int recipients) {
        SentReport claimed = reports.get(reportKey);
        reports.put(reportKey, new SentReport(reportKey, claimed == null ? sentAt : claimed.claimedAt(), sentAt,
                deliveryId, recipients));
    }

    @Override
    public synchronized void release(String reportKey) {
        SentReport existing = reports.get(reportKey);
        if (existing != null && !existing.sent()) {
            reports.remove(reportKey);
        }
    }

    @Override
    public synchronized Optional<SentReport> find(String reportKey) {
        return Optional.ofNullable(reports.get(reportKey));
    }
}
