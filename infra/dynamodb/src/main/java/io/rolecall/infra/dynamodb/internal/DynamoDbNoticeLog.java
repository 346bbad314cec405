package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.port.NoticeLog;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Notices sent, in partition NOTICE, one item per notice key, expiring after 40 days: they only
 * spare repeats of a persisting problem, while the run log and the alarms are the lasting record.
 */
public final class DynamoDbNoticeLog implements NoticeLog {

    static final String PARTITION = "NOTICE";
    static final Duration KEPT = Duration.ofDays(40);

    private final Table table;

    public DynamoDbNoticeLog(Table table) {
        this.table = table;
    }

    @Override
    public boolean sent(String noticeKey) {
        Map<String, AttributeValue> item = table.client().getItem(request -> request.tableName(table.name())
                .key(Map.of(Table.PK, Items.s(PARTITION), Table.SK, Items.s(noticeKey))).consistentRead(true)).item();
        return item != null && !item.isEmpty();
    }

    @Override
    public void recordSent(String noticeKey, Instant sentAt, String deliveryId) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(PARTITION));
        item.put(Table.SK, Items.s(noticeKey));
        Items.put(item, "sentAt", sentAt);
        Items.put(item, "deliveryId", deliveryId);
        item.put(Table.EXPIRES_AT, Items.n(sentAt.plus(KEPT).getEpochSecond()));
        table.client().putItem(request -> request.tableName(table.name()).item(item));
    }
}
