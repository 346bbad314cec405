package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.port.ReportLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Reports and other deliveries (holders' notices, Slack messages) in partition REPORT, one item per key. Claiming is a conditional put that succeeds
 * only when the report is neither sent nor freshly claimed; marking sent and releasing are single-item
 * writes. No item expires: these are the records that reports reached their readers.
 */
public final class DynamoDbReportLog implements ReportLog {

    static final String PARTITION = "REPORT";
    private static final String CLAIMED = "CLAIMED";
    private static final String SENT = "SENT";
    private static final Map<String, String> NAMES = Map.of("#pk", Table.PK, "#state", "state");

    private final Table table;

    public DynamoDbReportLog(Table table) {
        this.table = table;
    }

    private static Map<String, AttributeValue> key(String reportKey) {
        return Map.of(Table.PK, Items.s(PARTITION), Table.SK, Items.s(reportKey));
    }

    @Override
    public boolean claim(String reportKey, Instant now, Duration lease) {
        Map<String, AttributeValue> item = new HashMap<>(key(reportKey));
        item.put("state", Items.s(CLAIMED));
        Items.put(item, "claimedAt", now);
        item.put("claimedAtMillis", Items.n(now.toEpochMilli()));
        try {
            table.client().putItem(request -> request.tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR (#state = :claimed AND claimedAtMillis < :stale)")
                    .expressionAttributeNames(NAMES)
                    .expressionAttributeValues(Map.of(":claimed", Items.s(CLAIMED),
                            ":stale", Items.n(now.minus(lease).toEpochMilli()))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public void markSent(String reportKey, Instant sentAt, String deliveryId, int recipients) {
        table.client().updateItem(request -> request.tableName(table.name()).key(key(reportKey))
                .updateExpression("SET #state = :sent, sentAt = :at, deliveryId = :id, recipients = :n")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":sent", Items.s(SENT), ":at", Items.s(sentAt.toString()),
                        ":id", Items.s(deliveryId == null ? "" : deliveryId), ":n", Items.n(recipients))));
    }

    @Override
    public void markDelivered(String key, Instant sentAt, String externalId, String recipient) {
        table.client().updateItem(request -> request.tableName(table.name()).key(key(key))
                .updateExpression("SET #state = :sent, sentAt = :at, deliveryId = :id, recipients = :n, "
                        + "recipient = :to, claimedAt = if_not_exists(claimedAt, :at)")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":sent", Items.s(SENT), ":at", Items.s(sentAt.toString()),
                        ":id", Items.s(externalId == null ? "" : externalId), ":n", Items.n(1),
                        ":to", Items.s(recipient == null ? "" : recipient))));
    }

    @Override
    public List<SentReport> sentBetween(String keyPrefix, Instant from, Instant to) {
        return table.query(request -> request.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                        .expressionAttributeValues(Map.of(":pk", Items.s(PARTITION), ":prefix", Items.s(keyPrefix))))
                .stream().map(item -> read(Items.text(item, Table.SK), item)).filter(r -> r.sent()
                        && !r.sentAt().isBefore(from) && r.sentAt().isBefore(to))
                .sorted(Comparator.comparing(SentReport::sentAt).thenComparing(SentReport::reportKey)).toList();
    }

    @Override
    public void release(String reportKey) {
        try {
            table.client().deleteItem(request -> request.tableName(table.name()).key(key(reportKey))
                    .conditionExpression("#state = :claimed").expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(":claimed", Items.s(CLAIMED))));
        } catch (ConditionalCheckFailedException sentOrGone) {
            // A sent report is never released; a missing one has nothing to release.
        }
    }

    @Override
    public Optional<SentReport> find(String reportKey) {
        Map<String, AttributeValue> item = table.client().getItem(request -> request.tableName(table.name())
                .key(key(reportKey)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(reportKey, item));
    }

    private static SentReport read(String key, Map<String, AttributeValue> item) {
        String sentAt = Items.text(item, "sentAt");
        String claimedAt = Items.text(item, "claimedAt");
        String deliveryId = Items.text(item, "deliveryId");
        String recipient = Items.text(item, "recipient");
        return new SentReport(key, claimedAt == null ? null : Instant.parse(claimedAt),
                sentAt == null ? null : Instant.parse(sentAt), deliveryId == null || deliveryId.isEmpty() ? null
                : deliveryId, Items.integer(item, "recipients"), recipient == null || recipient.isEmpty() ? null
                : recipient);
    }
}
