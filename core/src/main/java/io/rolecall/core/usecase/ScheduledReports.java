package io.rolecall.core.usecase;

import io.rolecall.core.port.ReportLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sends each period's report once, however often its schedule fires: claim the period's key, send,
 * mark it sent. A failed send gives the claim back and rethrows, so that the retry sends it. A run
 * that finds the period claimed but not sent fails too, so that it is retried: by then the claim is
 * marked sent, or it has expired because its holder died, and the retry sends. The one remaining risk
 * is a second copy (a holder that dies between sending and marking), never a missing report. Each
 * report sent is kept whole in the {@link io.rolecall.core.port.ReportArchive} before it is marked sent.
 */
public final class ScheduledReports {

    private final ReportUseCase reports;
    private final ReportLog log;
    private final Clock clock;
    private final Duration lease;
    private final Deliveries digests;

    /**
     * @param lease how long a claim holds: longer than a run can last (so a living holder keeps it),
     *              shorter than the time to the last retry (so a dead holder's claim is taken over)
     */
    public ScheduledReports(ReportUseCase reports, ReportLog log, Clock clock, Duration lease) {
        this(reports, log, clock, lease, Deliveries.NONE);
    }

    /** @param digests the channels beside email the weekly's digest also goes to (Slack, Teams) */
    public ScheduledReports(ReportUseCase reports, ReportLog log, Clock clock, Duration lease, Deliveries digests) {
        this.reports = reports;
        this.log = log;
        this.clock = clock;
        this.lease = lease;
        this.digests = digests;
    }

    public Delivery weekly(LocalDate asOf) {
        return once(ReportUseCase.weeklyKey(asOf), asOf, () -> reports.sendWeekly(asOf, digests));
    }

    public Delivery quarterly(LocalDate asOf) {
        return once(ReportUseCase.quarterlyKey(asOf), asOf, () -> new ReportUseCase.Sent(reports.sendQuarterly(asOf),
                List.of()));
    }

    private Delivery once(String key, LocalDate asOf, Supplier<ReportUseCase.Sent> send) {
        if (!log.claim(key, clock.instant(), lease)) {
            ReportLog.SentReport claimed = log.find(key).orElse(null);
            if (claimed != null && claimed.sent()) {
                return new Delivery(key, Delivery.Status.ALREADY_SENT, null, List.of());
            }
            throw new ReportBeingSentException(key + " is being sent by another run" + (claimed == null ? ""
                    : " (claimed at " + claimed.claimedAt() + ")") + "; this run fails so that its retry finds it "
                    + "sent, or sends it if that run died (its claim expires after " + lease.toSeconds() + " s)");
        }
        ReportUseCase.Sent sent;
        try {
            sent = send.get();
        } catch (RuntimeException e) {
            log.release(key);
            throw e;
        }
        SentEmail email = sent.email();
        Instant sentAt = clock.instant();
        try {
            reports.keepCopy(email, asOf, sentAt);
        } catch (RuntimeException e) {
            throw new IllegalStateException(key + " was sent (" + email.deliveryId() + ") but its copy for the evidence "
                    + "pack could not be stored: " + e.getMessage() + ". Keep the email from the recipients' mailbox "
                    + "as the evidence of this report.", e);
        } finally {
            // Sent is sent, copy kept or not: a retry must not send it again.
            log.markSent(key, sentAt, email.deliveryId(), email.email().to().size());
        }
        return new Delivery(key, Delivery.Status.SENT, email, sent.channels());
    }

    /**
     * What one scheduled invocation did; {@code email} only when it sent, {@code channels} what the
     * channels beside email did with the weekly's digest.
     */
    public record Delivery(String reportKey, Status status, SentEmail email, List<Deliveries.Tally> channels) {
        public enum Status { SENT, ALREADY_SENT }

        public Delivery {
            channels = List.copyOf(channels);
        }
    }
}
