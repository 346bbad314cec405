package io.rolecall.infra.awstesting;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Counts the DynamoDB items a client asks to write, whatever code drives it: the measure of a quiet scan. */
public final class WriteCounter implements ExecutionInterceptor {

    private final AtomicLong items = new AtomicLong();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (request instanceof PutItemRequest || request instanceof UpdateItemRequest
                || request instanceof DeleteItemRequest) {
            items.incrementAndGet();
        } else if (request instanceof BatchWriteItemRequest batch) {
            batch.requestItems().values().forEach(writes -> items.addAndGet(writes.size()));
        }
    }

    public long items() {
        return items.get();
    }

    public void reset() {
        items.set(0);
    }
}
