package io.rolecall.core.acknowledge;

import java.util.List;

/** What the store holds about acknowledgements: acceptances, wrong attempts and asks. */
public record AcknowledgementRecords(List<Acceptance> acceptances, List<Attempt> attempts, List<Ask> asks) {

    public static final AcknowledgementRecords NONE = new AcknowledgementRecords(List.of(), List.of(), List.of());

    public AcknowledgementRecords {
        acceptances = List.copyOf(acceptances);
        attempts = List.copyOf(attempts);
        asks = List.copyOf(asks);
    }
}
