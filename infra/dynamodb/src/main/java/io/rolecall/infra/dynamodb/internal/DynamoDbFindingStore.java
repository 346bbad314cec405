package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.finding.RiskAcceptance;
import io.rolecall.core.model.Severity;
import io.rolecall.core.port.FindingStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Findings in partition FINDING, one item each, sort key = finding id, episodes as a list of maps. */
public final class DynamoDbFindingStore implements FindingStore {

    static final String PARTITION = "FINDING";

    private final Table table;

    public DynamoDbFindingStore(Table table) {
        this.table = table;
    }

    @Override
    public List<Finding> findings() {
        return table.partition(PARTITION).stream().map(DynamoDbFindingStore::toFinding).toList();
    }

    @Override
    public void save(Collection<Finding> changed) {
        table.putAll(changed.stream().map(DynamoDbFindingStore::toItem).toList());
    }

    private static Map<String, AttributeValue> toItem(Finding finding) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(PARTITION));
        item.put(Table.SK, Items.s(finding.id()));
        Items.put(item, "kind", finding.kind());
        Items.put(item, "severity", finding.severity());
        Items.put(item, "status", finding.status());
        Items.put(item, "roleId", finding.roleId());
        Items.put(item, "relatedRoleId", finding.relatedRoleId());
        Items.put(item, "responsibilityId", finding.responsibilityId());
        Items.put(item, "person", finding.person());
        Items.put(item, "group", finding.group());
        Items.put(item, "activityId", finding.activityId());
        Items.put(item, "subject", finding.subject());
        item.put("references", Items.list(finding.references()));
        Items.put(item, "message", finding.message());
        Items.put(item, "remediation", finding.remediation());
        Items.put(item, "firstSeen", finding.firstSeen());
        Items.put(item, "lastSeen", finding.lastSeen());
        Items.put(item, "dueDate", finding.dueDate());
        Items.put(item, "resolvedAt", finding.resolvedAt());
        if (finding.exception() != null) {
            Items.put(item, "exceptionId", finding.exception().exceptionId());
            Items.put(item, "exceptionExpires", finding.exception().expires());
            Items.put(item, "exceptionEndedOn", finding.exception().endedOn());
        }
        List<AttributeValue> episodes = new ArrayList<>();
        for (Episode episode : finding.episodes()) {
            Map<String, AttributeValue> map = new HashMap<>();
            Items.put(map, "openedOn", episode.openedOn());
            Items.put(map, "resolvedOn", episode.resolvedOn());
            Items.put(map, "lastSeenOn", episode.lastSeenOn());
            episodes.add(AttributeValue.fromM(map));
        }
        item.put("episodes", AttributeValue.fromL(episodes));
        return item;
    }

    private static Finding toFinding(Map<String, AttributeValue> item) {
        FindingKey key = new FindingKey(FindingKind.valueOf(Items.text(item, "kind")), Items.text(item, "roleId"),
                Items.text(item, "relatedRoleId"), Items.text(item, "responsibilityId"), Items.email(item, "person"),
                Items.text(item, "group"), Items.text(item, "activityId"), Items.text(item, "subject"));
        List<Episode> episodes = new ArrayList<>();
        for (AttributeValue value : item.get("episodes").l()) {
            episodes.add(new Episode(Items.date(value.m(), "openedOn"), Items.date(value.m(), "resolvedOn"),
                    Items.date(value.m(), "lastSeenOn")));
        }
        String exceptionId = Items.text(item, "exceptionId");
        RiskAcceptance exception = exceptionId == null ? null : new RiskAcceptance(exceptionId,
                Items.date(item, "exceptionExpires"), Items.date(item, "exceptionEndedOn"));
        return new Finding(key, Severity.valueOf(Items.text(item, "severity")), Items.text(item, "message"),
                Items.text(item, "remediation"), episodes, Items.date(item, "dueDate"), exception,
                Items.texts(item, "references"));
    }
}
