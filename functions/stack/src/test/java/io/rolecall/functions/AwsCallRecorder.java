package io.rolecall.functions;

import io.rolecall.infra.awstesting.WriteCounter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.MDC;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records, for each function, the IAM action of every AWS call made while one of its handlers runs
 * (the handlers name themselves in the MDC), and counts the DynamoDB items they write. The SDK loads
 * it into every client of the test JVM through
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}; calls made by test set-up
 * run outside any handler and are not recorded.
 */
public final class AwsCallRecorder implements ExecutionInterceptor {

    /** IAM's service prefix for each SDK service name the functions use. */
    private static final Map<String, String> IAM_PREFIX = Map.of("DynamoDb", "dynamodb", "S3", "s3",
            "SesV2", "ses", "EventBridge", "events", "SecretsManager", "secretsmanager");

    private static final Map<String, Set<String>> ACTIONS = new ConcurrentHashMap<>();
    private static final WriteCounter WRITES = new WriteCounter();
    /** Half read units, so that eventually consistent reads (half a unit per 4 KB) stay whole numbers. */
    private static final AtomicLong HALF_READ_UNITS = new AtomicLong();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String function = MDC.get("function");
        if (function == null) {
            return;
        }
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String prefix = IAM_PREFIX.getOrDefault(service, "unknown-service(" + service + ")");
        String action = prefix + ":" + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        ACTIONS.computeIfAbsent(function.toLowerCase(Locale.ROOT), key -> ConcurrentHashMap.newKeySet()).add(action);
        WRITES.beforeExecution(context, attributes);
    }

    /**
     * Estimates the read units DynamoDB would charge: an eventually consistent read costs half a unit
     * per 4 KB returned; the JSON on the wire is a little larger than the items, so this errs high.
     */
    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (MDC.get("function") != null
                && "DynamoDb".equals(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))) {
            long bytes = context.httpResponse().firstMatchingHeader("Content-Length").map(Long::parseLong).orElse(0L);
            HALF_READ_UNITS.addAndGet(Math.max(1, (bytes + 4095) / 4096));
        }
    }

    /** Function name (as the handlers log it: scan, weekly-report, quarterly-report) to IAM actions used. */
    static Map<String, Set<String>> actionsByFunction() {
        Map<String, Set<String>> copy = new TreeMap<>();
        ACTIONS.forEach((function, actions) -> copy.put(function, new TreeSet<>(actions)));
        return copy;
    }

    /** DynamoDB items the handlers asked to write since the last reset. */
    static long itemsWritten() {
        return WRITES.items();
    }

    /** Estimated DynamoDB read units (eventually consistent) the handlers used since the last reset. */
    static double readUnits() {
        return HALF_READ_UNITS.get() / 2.0;
    }

    /** Forgets the actions recorded so far: each test then holds only its own handlers' calls to the template. */
    static void resetActions() {
        ACTIONS.clear();
    }

    static void resetCounts() {
        WRITES.reset();
        HALF_READ_UNITS.set(0);
    }
}
