package io.rolecall.core.port;

import io.rolecall.core.finding.Finding;
import io.rolecall.core.history.GuardVerdict;
import java.time.LocalDate;

/**
 * What other tools may react to: a gap opened (or reopened), a gap resolved, or a scan held by the
 * directory change guard. Each carries the organisation and the scan's day; {@link #eventId()} is
 * stable, so a consumer can drop a duplicate delivered on a retried scan.
 */
public sealed interface FindingEvent permits FindingEvent.Opened, FindingEvent.Resolved, FindingEvent.ScanHeld {

    String organisation();

    LocalDate asOf();

    String eventId();

    record Opened(String organisation, LocalDate asOf, String runId, Finding finding) implements FindingEvent {
        public boolean reopened() {
            return finding.episodes().size() > 1;
        }

        @Override
        public String eventId() {
            return finding.id() + ":opened:" + finding.openedOn();
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
