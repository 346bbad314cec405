package io.rolecall.core.port;

import java.util.List;

/** Publishes finding events for other tools (ticketing, chat, SIEM). Delivery is at least once. */
public interface FindingEvents {

    /** For runtimes that publish nothing, such as the local command. */
    FindingEvents NONE = events -> { };

    /** @throws RuntimeException when some events could not be published, so that the scan is retried */
    void publish(List<FindingEvent> events);
}
