package io.rolecall.cli;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records the IAM action of every AWS call the CLI makes inside {@link #during}, so a test can hold
 * them against the compliance manager's policy in template.yaml. The SDK loads it into every client
 * through {@code software/amazon/awssdk/global/handlers/execution.interceptors}; calls made by test
 * set-up happen outside {@link #during} and are not recorded.
 */
public final class AwsCalls implements ExecutionInterceptor {

    private static final Map<String, String> IAM_PREFIX = Map.of("DynamoDb", "dynamodb", "S3", "s3",
            "CloudFormation", "cloudformation", "Sts", "sts");
    /** Operations whose IAM action has another name. */
    private static final Map<String, String> IAM_ACTION = Map.of("s3:ListObjectVersions", "s3:ListBucketVersions",
            "s3:ListObjectsV2", "s3:ListBucket");
    private static final ThreadLocal<Boolean> RECORDING = ThreadLocal.withInitial(() -> false);
    private static final Set<String> ACTIONS = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (RECORDING.get()) {
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            String operation = IAM_PREFIX.getOrDefault(service, "unknown-service(" + service + ")") + ":"
                    + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            ACTIONS.add(IAM_ACTION.getOrDefault(operation, operation));
        }
    }

    static <T> T during(Supplier<T> work) {
        RECORDING.set(true);
        try {
            return work.get();
        } finally {
            RECORDING.set(false);
        }
    }

    static Set<String> actions() {
        return new TreeSet<>(ACTIONS);
    }
}
