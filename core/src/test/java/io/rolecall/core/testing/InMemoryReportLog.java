package io.rolecall.core.testing;

import io.rolecall.core.port.ReportLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
    public synchronized void markDelivered(String key, Instant sentAt, String externalId, String recipient) {
        SentReport claimed = reports.get(key);
        reports.put(key, new SentReport(key, claimed == null ? sentAt : claimed.claimedAt(), sentAt, externalId, 1,
                recipient));
    }

    @Override
    public synchronized List<SentReport> sentBetween(String keyPrefix, Instant from, Instant to) {
        return reports.values().stream().filter(r -> r.sent() && r.reportKey().startsWith(keyPrefix)
                        && !r.sentAt().isBefore(from) && r.sentAt().isBefore(to))
                .sorted(Comparator.comparing(SentReport::sentAt).thenComparing(SentReport::reportKey)).toList();
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
