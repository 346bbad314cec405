package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.handover.Handover;
import io.rolecall.core.port.HandoverStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Handovers in one partition, {@code HANDOVER}, one item per id and its revision item under
 * {@code REVISION}. A scan's proposals go with its unit of work; a transition outside one (the page of a
 * successor, a cancel) is a put on the condition that the status is still the expected one, so of two at
 * once one wins. The acknowledge function and the compliance manager's CLI may write this partition.
 */
public final class DynamoDbHandoverStore implements HandoverStore {

    public static final String PARTITION = "HANDOVER";
    private static final RevisionItem REVISION = new RevisionItem(PARTITION, "REVISION");
    private static final String PREFIX = "HO-";

    private final Table table;

    public DynamoDbHandoverStore(Table table) {
        this.table = table;
    }

    @Override
    public List<Handover> all() {
        List<Handover> handovers = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.partition(PARTITION)) {
            if (Items.text(item, Table.SK).startsWith(PREFIX)) {
                handovers.add(handover(item));
            }
        }
        return handovers;
    }

    @Override
    public Optional<Handover> find(String id) {
        Map<String, AttributeValue> item = table.client().getItem(request -> request.tableName(table.name())
                .key(Map.of(Table.PK, Items.s(PARTITION), Table.SK, Items.s(id))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(handover(item));
    }

    @Override
    public void propose(Collection<Handover> proposals) {
        Map<String, Handover> kept = new HashMap<>();
        all().forEach(handover -> kept.put(handover.id(), handover));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Handover proposal : proposals) {
            Handover before = kept.get(proposal.id());
            if (before == null) {
                items.add(item(proposal));
            } else if (before.status() == Handover.Status.PROPOSED && !before.effective().equals(proposal.effective())) {
                items.add(item(before.withEffective(proposal.effective())));
            }
        }
        if (!items.isEmpty()) {
            table.putAll(items);
        }
    }

    @Override
    public boolean transition(Handover next, Handover.Status expected) {
        if (table.isCollecting()) {
            // A scan's own change (applied once roles.yaml names the successor) goes with its unit of work.
            table.putAll(List.of(item(next), REVISION.renewed()));
            return true;
        }
        try {
            table.client().putItem(request -> request.tableName(table.name()).item(item(next))
                    .conditionExpression("#status = :expected")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":expected", Items.s(expected.name()))));
        } catch (ConditionalCheckFailedException notExpected) {
            return false;
        }
        table.putAll(List.of(REVISION.renewed()));
        return true;
    }

    @Override
    public String revision() {
        return REVISION.read(table);
    }

    private static Map<String, AttributeValue> item(Handover handover) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(PARTITION));
        item.put(Table.SK, Items.s(handover.id()));
        Items.put(item, "roleId", handover.roleId());
        Items.put(item, "from", handover.from());
        Items.put(item, "to", handover.to());
        Items.put(item, "effective", handover.effective());
        Items.put(item, "status", handover.status().name());
        Items.put(item, "proposedOn", handover.proposedOn());
        Items.put(item, "dutiesVersion", handover.dutiesVersion());
        Items.put(item, "acceptedAt", handover.acceptedAt());
        Items.put(item, "closedOn", handover.closedOn());
        Items.put(item, "note", handover.note());
        return item;
    }

    private static Handover handover(Map<String, AttributeValue> item) {
        String acceptedAt = Items.text(item, "acceptedAt");
        return new Handover(Items.text(item, Table.SK), Items.text(item, "roleId"), Items.email(item, "from"),
                Items.email(item, "to"), Items.date(item, "effective"),
                Handover.Status.valueOf(Items.text(item, "status")), Items.date(item, "proposedOn"),
                Items.text(item, "dutiesVersion"), acceptedAt == null ? null : Instant.parse(acceptedAt),
                Items.date(item, "closedOn"), Items.text(item, "note"));
    }
}
