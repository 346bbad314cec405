package io.rolecall.infra.dynamodb.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item whose token changes whenever a kind of record is written, so that a scan can tell whether
 * any was written since the latest scan read them. Written with the records it stands for.
 */
record RevisionItem(String pk, String sk) {

    /** The item with a new token, to put with the records. */
    Map<String, AttributeValue> renewed() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(pk));
        item.put(Table.SK, Items.s(sk));
        item.put("token", Items.s(UUID.randomUUID().toString()));
        return item;
    }

    /** The current token, or "none" before the first write; strongly consistent. */
    String read(Table table) {
        Map<String, AttributeValue> item = table.client().getItem(request -> request.tableName(table.name())
                .key(Map.of(Table.PK, Items.s(pk), Table.SK, Items.s(sk))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? "none" : Items.text(item, "token");
    }
}
