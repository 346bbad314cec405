package io.rolecall.infra.dynamodb.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The table and the few access patterns RoleCall uses: query a partition, write items in batches.
 * While a unit of work is collecting, writes are held back and handed to it instead of being sent.
 */
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
    /** The writes of the unit of work being collected, or null when writes go straight to the table. */
    private List<Map<String, AttributeValue>> collecting;

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

    /**
     * Strongly consistent on the table itself, so that a writer sees what it wrote and recovery what a
     * crashed run committed; DynamoDB offers only eventual consistency on a global secondary index.
     */
    List<Map<String, AttributeValue>> query(UnaryOperator<QueryRequest.Builder> shape) {
        QueryRequest.Builder request = shape.apply(QueryRequest.builder().tableName(name));
        if (request.build().indexName() == null) {
            request.consistentRead(true);
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.queryPaginator(request.build()).items().forEach(items::add);
        return items;
    }

    /** Holds back every write until {@link #stopCollecting()}, which returns them in order. */
    void startCollecting() {
        collecting = new ArrayList<>();
    }

    boolean isCollecting() {
        return collecting != null;
    }

    List<Map<String, AttributeValue>> stopCollecting() {
        List<Map<String, AttributeValue>> writes = collecting;
        collecting = null;
        return writes;
    }

    /**
     * Puts items 25 at a time. Puts are idempotent, so items DynamoDB leaves unprocessed (throttling)
     * are simply sent again, with a growing pause; the save fails if they stay unprocessed.
     */
    void putAll(List<Map<String, AttributeValue>> items) {
        if (collecting != null) {
            collecting.addAll(items);
            return;
        }
        write(items.stream().map(item -> WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item).build()).build()).toList());
    }

    /**
     * Puts an item unless one with its key exists. In a unit of work it becomes a plain put: the
     * items written this way (a run record, a roles.yaml text by its hash) never change once written.
     */
    void putIfAbsent(Map<String, AttributeValue> item) {
        if (collecting != null) {
            collecting.add(item);
            return;
        }
        // Idempotent by design: when it is there, the same item was written before.
        putIfNew(item);
    }

    /**
     * Puts an item unless one with its key exists, and says whether it did: the one put that wins when
     * several race for one key. Never part of a unit of work, whose writes are replayed unconditionally.
     */
    boolean putIfNew(Map<String, AttributeValue> item) {
        if (collecting != null) {
            throw new IllegalStateException("a put that may lose a race cannot be part of a unit of work");
        }
        try {
            client.putItem(request -> request.tableName(name).item(item)
                    .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", PK)));
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        }
    }

    /** Deletes items by key, 25 at a time. */
    void deleteAll(List<Map<String, AttributeValue>> keys) {
        write(keys.stream().map(key -> WriteRequest.builder()
                .deleteRequest(DeleteRequest.builder().key(Map.of(PK, key.get(PK), SK, key.get(SK))).build())
                .build()).toList());
    }

    /** Sends puts and deletes in batches of 25, each batch retried while DynamoDB leaves part unprocessed. */
    private void write(List<WriteRequest> requests) {
        for (int start = 0; start < requests.size(); start += BATCH) {
            List<WriteRequest> writes = requests.subList(start, Math.min(requests.size(), start + BATCH));
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
