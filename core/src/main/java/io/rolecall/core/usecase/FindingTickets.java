package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.report.ChannelMessages;
import java.util.List;
import java.util.stream.Stream;

/**
 * After a scan, the gaps roles.yaml's {@code delivery.jira} tracks: each new (or returned) finding of a
 * configured severity becomes an issue, and a tracked one that resolved gets a comment. Each goes out once
 * per episode, whatever scans repeat or overlap, through {@link Deliveries}.
 */
public final class FindingTickets {

    private FindingTickets() {
    }

    /** @return what the channels did; nothing when roles.yaml tracks no gaps or the scan was held */
    public static List<Deliveries.Tally> afterScan(ScanResult scan, Deliveries deliveries) {
        Delivery.Jira jira = scan.catalogue().delivery().jira();
        if (scan.held() || scan.holders() == null || jira == null) {
            return List.of();
        }
        Deliveries.Run run = deliveries.start(scan.catalogue().delivery());
        Stream.concat(scan.findings().opened().stream(), scan.findings().reopened().stream())
                .filter(finding -> jira.severities().contains(finding.severity()))
                .forEach(finding -> run.deliver(Delivery.JIRA, ChannelMessages.findingOpened(finding,
                        scan.catalogue(), scan.holders().holdings(), scan.holders().directory(), jira.project())));
        scan.findings().resolved().stream().filter(finding -> jira.severities().contains(finding.severity()))
                .forEach(finding -> run.deliver(Delivery.JIRA, ChannelMessages.findingResolved(finding,
                        jira.project())));
        return run.tallies();
    }
}
