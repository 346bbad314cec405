package io.rolecall.core.port;

import io.rolecall.core.finding.Finding;
import io.rolecall.core.history.GuardVerdict;
import java.time.LocalDate;

/**
 * What other tools may react to: a gap opened (or reopened, or open again because the exception that
 * accepted it expired), a gap accepted as a risk, a gap resolved, or a scan held by the directory
 * change guard. Each carries the organisation and the scan's day; {@link #eventId()} is stable, so a
 * consumer can drop a duplicate delivered on a retried scan.
 */
public sealed interface FindingEvent permits FindingEvent.Opened, FindingEvent.Accepted, FindingEvent.Resolved,
        FindingEvent.ScanHeld {

    String organisation();

    LocalDate asOf();

    String eventId();

    /**
     * @param expiredException the exception whose end made the gap open again, or null when it was
     *                         newly detected or reopened
     */
    record Opened(String organisation, LocalDate asOf, String runId, Finding finding, String expiredException)
            implements FindingEvent {

        public Opened(String organisation, LocalDate asOf, String runId, Finding finding) {
            this(organisation, asOf, runId, finding, null);
        }

        public boolean reopened() {
            return expiredException == null && finding.episodes().size() > 1;
        }

        @Override
        public String eventId() {
            return expiredException != null ? finding.id() + ":exception-ended:" + asOf
                    : finding.id() + ":opened:" + finding.openedOn();
        }
    }

    /** A detected gap now accepted as a risk under {@code finding.exception()}. */
    record Accepted(String organisation, LocalDate asOf, String runId, Finding finding) implements FindingEvent {
        @Override
        public String eventId() {
            return finding.id() + ":accepted:" + finding.exception().exceptionId() + ":" + finding.exception().expires();
        }
    }

    record Resolved(String organisation, LocalDate asOf, String runId, Finding finding) implements FindingEvent {
        @Override
        public String eventId() {
            return finding.id() + ":resolved:" + finding.resolvedAt();
        }
    }

    record ScanHeld(String organisation, LocalDate asOf, GuardVerdict guard) implements FindingEvent {
        @Override
        public String eventId() {
            return "scan-held:" + asOf + ":" + guard.leavers() + "/" + guard.previouslyActive();
        }
    }
}
