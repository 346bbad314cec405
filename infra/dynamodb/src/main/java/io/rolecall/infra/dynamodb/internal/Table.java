package io.rolecall.infra.dynamodb.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The table and the few access patterns RoleCall uses: query a partition, write items in batches. */
public final class Table {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String GSI1 = "gsi1";
    static final String GSI1_PK = "gsi1pk";
    static final String GSI1_SK = "gsi1sk";
    /** Epoch seconds after which DynamoDB may delete the item (TTL, declared in template.yaml). */
    static final String EXPIRES_AT = "expiresAt";

    private static final int BATCH = 25;
    private static final int MAX_UNPROCESSED_ROUNDS = 8;

    private final DynamoDbClient client;
    private final String name;

    public Table(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
    }

    DynamoDbClient client() {
        return client;
    }

    String name() {
        return name;
    }

    /** Every item of one partition, all pages, in sort-key order. */
    List<Map<String, AttributeValue>> partition(String pk) {
        return query(request -> request.keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", PK))
                .expressionAttributeValues(Map.of(":pk", Items.s(pk))));
    }

    List<Map<String, AttributeValue>> query(UnaryOperator<QueryRequest.Builder> shape) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.queryPaginator(shape.apply(QueryRequest.builder().tableName(name)).build())
                .items().forEach(items::add);
        return items;
    }

    /**
     * Puts items 25 at a time. Puts are idempotent, so items DynamoDB leaves unprocessed (throttling)
     * are simply sent again, with a growing pause; the save fails if they stay unprocessed.
     */
    void putAll(List<Map<String, AttributeValue>> items) {
        for (int start = 0; start < items.size(); start += BATCH) {
            List<WriteRequest> writes = new ArrayList<>();
            for (Map<String, AttributeValue> item : items.subList(start, Math.min(items.size(), start + BATCH))) {
                writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            }
            Map<String, List<WriteRequest>> pending = new HashMap<>(Map.of(name, writes));
            for (int round = 0; !pending.isEmpty(); round++) {
                if (round == MAX_UNPROCESSED_ROUNDS) {
                    throw new IllegalStateException("DynamoDB table " + name + " kept refusing "
                            + pending.get(name).size() + " writes (throttled); the run fails so that it is retried");
                }
                if (round > 0) {
                    pause(round);
                }
                BatchWriteItemResponse response = client.batchWriteItem(request -> request.requestItems(pending));
                pending.clear();
                if (response.hasUnprocessedItems() && !response.unprocessedItems().isEmpty()) {
                    pending.putAll(response.unprocessedItems());
                }
            }
        }
    }

    private static void pause(int round) {
        try {
            Thread.sleep(Math.min(2000L, 50L << round));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to DynamoDB", e);
        }
    }
}
