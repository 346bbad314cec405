package io.rolecall.core.usecase;

import io.rolecall.core.port.ReportLog;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Sends each period's report once, however often its schedule fires: claim the period's key, send,
 * mark it sent. A failed send gives the claim back and rethrows, so that the scheduler's retry sends
 * it. A sender that dies between sending and marking leaves a claim that expires after the lease; the
 * one remaining risk is then a second copy, never a missing report.
 */
public final class ScheduledReports {

    /** Longer than any send takes, shorter than the scheduler's retry window. */
    public static final Duration LEASE = Duration.ofMinutes(15);

    private final ReportUseCase reports;
    private final ReportLog log;
    private final Clock clock;

    public ScheduledReports(ReportUseCase reports, ReportLog log, Clock clock) {
        this.reports = reports;
        this.log = log;
        this.clock = clock;
    }

    public Delivery weekly(LocalDate asOf) {
        return once(ReportUseCase.weeklyKey(asOf), () -> reports.sendWeekly(asOf));
    }

    public Delivery quarterly(LocalDate asOf) {
        return once(ReportUseCase.quarterlyKey(asOf), () -> reports.sendQuarterly(asOf));
    }

    private Delivery once(String key, Supplier<SentEmail> send) {
        if (!log.claim(key, clock.instant(), LEASE)) {
            boolean sent = log.find(key).map(ReportLog.SentReport::sent).orElse(false);
            return new Delivery(key, sent ? Delivery.Status.ALREADY_SENT : Delivery.Status.BEING_SENT, null);
        }
        SentEmail email;
        try {
            email = send.get();
        } catch (RuntimeException e) {
            log.release(key);
            throw e;
        }
        log.markSent(key, clock.instant(), email.deliveryId(), email.email().to().size());
        return new Delivery(key, Delivery.Status.SENT, email);
    }

    /** What one scheduled invocation did; {@code email} only when it sent. */
    public record Delivery(String reportKey, Status status, SentEmail email) {
        public enum Status { SENT, ALREADY_SENT, BEING_SENT }
    }
}
