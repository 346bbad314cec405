package io.rolecall.infra.awstesting;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Simulates a process that dies right after its n-th DynamoDB write request succeeded: that write is
 * stored, and the caller sees a failure instead of its response, as a killed Lambda would. Counting
 * with n = 0 never fails, which measures how many writes a run makes.
 */
public final class CrashAfterWrites implements ExecutionInterceptor {

    private final int crashAfter;
    private final AtomicInteger writes = new AtomicInteger();

    public CrashAfterWrites(int crashAfter) {
        this.crashAfter = crashAfter;
    }

    public static CrashAfterWrites counting() {
        return new CrashAfterWrites(0);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        boolean write = request instanceof PutItemRequest || request instanceof UpdateItemRequest
                || request instanceof DeleteItemRequest || request instanceof BatchWriteItemRequest;
        if (write && writes.incrementAndGet() == crashAfter) {
            throw new Crash("injected crash after write request " + crashAfter);
        }
    }

    public int writes() {
        return writes.get();
    }

    /** The failure a crashed run's caller sees. */
    public static final class Crash extends RuntimeException {
        Crash(String message) {
            super(message);
        }
    }
}
