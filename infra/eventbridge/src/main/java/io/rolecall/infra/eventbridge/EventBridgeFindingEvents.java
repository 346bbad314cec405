package io.rolecall.infra.eventbridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.finding.FindingFields;
import io.rolecall.core.port.FindingEvent;
import io.rolecall.core.port.FindingEvents;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Finding events on an EventBridge bus, source {@code rolecall}, detail types "RoleCall Finding
 * Opened", "RoleCall Finding Accepted", "RoleCall Finding Resolved" and "RoleCall Scan Held". Entries
 * go ten per request; entries EventBridge reports as failed are sent again a few times, then the
 * publish fails so the scan is retried (consumers drop duplicates by the detail's eventId).
 */
public final class EventBridgeFindingEvents implements FindingEvents {

    public static final String SOURCE = "rolecall";
    public static final String OPENED = "RoleCall Finding Opened";
    public static final String RESOLVED = "RoleCall Finding Resolved";
    public static final String ACCEPTED = "RoleCall Finding Accepted";
    public static final String HELD = "RoleCall Scan Held";

    private static final int PER_REQUEST = 10;
    private static final int ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeFindingEvents(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public void publish(List<FindingEvent> events) {
        List<PutEventsRequestEntry> entries = events.stream().map(this::entry).toList();
        for (int start = 0; start < entries.size(); start += PER_REQUEST) {
            send(entries.subList(start, Math.min(entries.size(), start + PER_REQUEST)));
        }
    }

    private void send(List<PutEventsRequestEntry> batch) {
        List<PutEventsRequestEntry> pending = batch;
        List<String> errors = List.of();
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            List<PutEventsRequestEntry> sending = pending;
            PutEventsResponse response = client.putEvents(request -> request.entries(sending));
            if (response.failedEntryCount() == null || response.failedEntryCount() == 0) {
                return;
            }
            List<PutEventsRequestEntry> failed = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < response.entries().size() && i < sending.size(); i++) {
                PutEventsResultEntry result = response.entries().get(i);
                if (result.errorCode() != null) {
                    failed.add(sending.get(i));
                    failures.add(result.errorCode() + ": " + result.errorMessage());
                }
            }
            pending = failed;
            errors = failures;
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("EventBridge bus " + busName + " refused " + pending.size()
                    + " finding events after " + ATTEMPTS + " attempts (" + String.join("; ", errors) + ")");
        }
    }

    private PutEventsRequestEntry entry(FindingEvent event) {
        ObjectNode detail = JSON.createObjectNode();
        detail.put("eventId", event.eventId());
        detail.put("organisation", event.organisation());
        detail.put("asOf", event.asOf().toString());
        String detailType;
        if (event instanceof FindingEvent.Opened opened) {
            detailType = OPENED;
            detail.put("runId", opened.runId());
            detail.put("reopened", opened.reopened());
            // The exception whose expiry or removal made it open again; null when newly detected or reopened.
            detail.put("exceptionEnded", opened.expiredException());
            finding(detail.putObject("finding"), opened.finding());
        } else if (event instanceof FindingEvent.Accepted accepted) {
            detailType = ACCEPTED;
            detail.put("runId", accepted.runId());
            finding(detail.putObject("finding"), accepted.finding());
        } else if (event instanceof FindingEvent.Resolved resolved) {
            detailType = RESOLVED;
            detail.put("runId", resolved.runId());
            finding(detail.putObject("finding"), resolved.finding());
        } else {
            FindingEvent.ScanHeld held = (FindingEvent.ScanHeld) event;
            detailType = HELD;
            detail.put("previouslyActive", held.guard().previouslyActive());
            detail.put("leavers", held.guard().leavers());
            detail.put("maxLeaversPercent", held.guard().policy().maxLeaversPercent());
            detail.put("minLeavers", held.guard().policy().minLeavers());
            detail.put("explanation", held.guard().explanation());
        }
        try {
            return PutEventsRequestEntry.builder().eventBusName(busName).source(SOURCE).detailType(detailType)
                    .detail(JSON.writeValueAsString(detail)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.setAll((ObjectNode) JSON.valueToTree(FindingFields.of(finding)));
        node.put("openedOn", finding.openedOn().toString());
        node.put("dueDate", finding.dueDate().toString());
        node.put("resolvedAt", finding.resolvedAt() == null ? null : finding.resolvedAt().toString());
        node.put("lastSeen", finding.lastSeen() == null ? null : finding.lastSeen().toString());
        node.put("exceptionId", finding.isAccepted() ? finding.exception().exceptionId() : null);
        node.put("expires", finding.isAccepted() ? finding.exception().expires().toString() : null);
    }
}
