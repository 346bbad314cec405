package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.nonconformity.ConcurrentChangeException;
import io.rolecall.core.nonconformity.NcDraft;
import io.rolecall.core.nonconformity.NcHistoryEntry;
import io.rolecall.core.nonconformity.NcSource;
import io.rolecall.core.nonconformity.NcStatus;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.port.NonconformityStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The register in partition NC, one item per nonconformity (sort key = its id, history as a list),
 * and the last number used in each year in partition NC_COUNTER. Without transactions: a new
 * nonconformity is written under the first free id after the counter, by a put that fails if that
 * id exists, and the counter then raised to it by a conditional update. An id exists only once its
 * nonconformity does, and ids at or below the counter all exist, so ids never repeat or skip.
 * Changes are puts conditional on the revision read.
 */
public final class DynamoDbNonconformityStore implements NonconformityStore {

    static final String PARTITION = "NC";
    static final String COUNTERS = "NC_COUNTER";

    private final Table table;

    public DynamoDbNonconformityStore(Table table) {
        this.table = table;
    }

    @Override
    public List<Nonconformity> all() {
        return table.partition(PARTITION).stream().map(DynamoDbNonconformityStore::toNonconformity)
                .sorted(Comparator.comparing((Nonconformity nc) -> year(nc.id())).thenComparing(nc -> number(nc.id())))
                .toList();
    }

    @Override
    public Optional<Nonconformity> find(String id) {
        Map<String, AttributeValue> item = table.client().getItem(request -> request.tableName(table.name())
                .key(Map.of(Table.PK, Items.s(PARTITION), Table.SK, Items.s(id))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toNonconformity(item));
    }

    @Override
    public Nonconformity raise(NcDraft draft) {
        int year = draft.raisedOn().getYear();
        Map<String, AttributeValue> counterKey = Map.of(Table.PK, Items.s(COUNTERS), Table.SK, Items.s(String.valueOf(year)));
        Map<String, AttributeValue> counter = table.client().getItem(request -> request.tableName(table.name())
                .key(counterKey).consistentRead(true)).item();
        int number = counter == null || !counter.containsKey("last") ? 1 : Items.integer(counter, "last") + 1;
        while (true) {
            Nonconformity raised = draft.withId(NcDraft.id(year, number));
            try {
                table.client().putItem(request -> request.tableName(table.name()).item(toItem(raised))
                        .conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", Table.PK)));
            } catch (ConditionalCheckFailedException taken) {
                number++;
                continue;
            }
            int used = number;
            try {
                table.client().updateItem(request -> request.tableName(table.name()).key(counterKey)
                        .updateExpression("SET #last = :n")
                        .conditionExpression("attribute_not_exists(#last) OR #last < :n")
                        .expressionAttributeNames(Map.of("#last", "last"))
                        .expressionAttributeValues(Map.of(":n", Items.n(used))));
            } catch (ConditionalCheckFailedException alreadyHigher) {
                // Another raise took a later number and moved the counter past this one.
            }
            return raised;
        }
    }

    @Override
    public Nonconformity update(Nonconformity changed) {
        Nonconformity written = changed.atRevision(changed.revision() + 1);
        try {
            table.client().putItem(request -> request.tableName(table.name()).item(toItem(written))
                    .conditionExpression("#revision = :read")
                    .expressionAttributeNames(Map.of("#revision", "revision"))
                    .expressionAttributeValues(Map.of(":read", Items.n(changed.revision()))));
        } catch (ConditionalCheckFailedException e) {
            throw new ConcurrentChangeException(changed.id());
        }
        return written;
    }

    private static Map<String, AttributeValue> toItem(Nonconformity nc) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(PARTITION));
        item.put(Table.SK, Items.s(nc.id()));
        item.put("revision", Items.n(nc.revision()));
        Items.put(item, "status", nc.status());
        Items.put(item, "source", nc.source());
        item.put("findingIds", AttributeValue.fromL(nc.findingIds().stream().map(Items::s).toList()));
        Items.put(item, "raisedOn", nc.raisedOn());
        Items.put(item, "description", nc.description());
        Items.put(item, "correction", nc.correction());
        Items.put(item, "rootCause", nc.rootCause());
        Items.put(item, "correctiveAction", nc.correctiveAction());
        Items.put(item, "owner", nc.owner());
        Items.put(item, "targetDate", nc.targetDate());
        Items.put(item, "actionTakenOn", nc.actionTakenOn());
        Items.put(item, "closedOn", nc.closedOn());
        List<AttributeValue> history = new ArrayList<>();
        for (NcHistoryEntry entry : nc.history()) {
            Map<String, AttributeValue> map = new HashMap<>();
            Items.put(map, "on", entry.on());
            Items.put(map, "by", entry.by());
            Items.put(map, "change", entry.change());
            history.add(AttributeValue.fromM(map));
        }
        item.put("history", AttributeValue.fromL(history));
        return item;
    }

    private static Nonconformity toNonconformity(Map<String, AttributeValue> item) {
        List<NcHistoryEntry> history = new ArrayList<>();
        for (AttributeValue value : item.get("history").l()) {
            history.add(new NcHistoryEntry(Items.date(value.m(), "on"), Items.text(value.m(), "by"),
                    Items.text(value.m(), "change")));
        }
        return new Nonconformity(Items.text(item, Table.SK), Items.integer(item, "revision"),
                NcStatus.valueOf(Items.text(item, "status")), NcSource.valueOf(Items.text(item, "source")),
                item.get("findingIds").l().stream().map(AttributeValue::s).toList(), Items.date(item, "raisedOn"),
                Items.text(item, "description"), Items.text(item, "correction"), Items.text(item, "rootCause"),
                Items.text(item, "correctiveAction"), Items.text(item, "owner"), Items.date(item, "targetDate"),
                Items.date(item, "actionTakenOn"), Items.date(item, "closedOn"), history);
    }

    private static int year(String id) {
        return Integer.parseInt(id.substring(3, 7));
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(8));
    }
}
