package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.infra.awstesting.SamTemplate;
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
 * Records the IAM action of every AWS call the CLI makes inside {@link #during}, and holds them
 * against the compliance manager's policy in template.yaml there and then: each test proves its own
 * commands allowed, whatever order the tests run in. The SDK loads it into every client through
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}; calls made by test set-up
 * happen outside {@link #during} and are not recorded.
 */
public final class AwsCalls implements ExecutionInterceptor {

    private static final Map<String, String> IAM_PREFIX = Map.of("DynamoDb", "dynamodb", "S3", "s3",
            "CloudFormation", "cloudformation", "Sts", "sts");
    /** Operations whose IAM action has another name. */
    private static final Map<String, String> IAM_ACTION = Map.of("s3:ListObjectVersions", "s3:ListBucketVersions",
            "s3:ListObjectsV2", "s3:ListBucket");
    /** The actions of the command running on this thread inside {@link #during}, or null outside. */
    private static final ThreadLocal<Set<String>> RECORDING = new ThreadLocal<>();
    private static final ThreadLocal<Set<String>> LAST = ThreadLocal.withInitial(TreeSet::new);
    /** Needs no permission: AWS answers it for every principal. */
    private static final String CALLER_IDENTITY = "sts:GetCallerIdentity";

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        Set<String> recording = RECORDING.get();
        if (recording != null) {
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            String operation = IAM_PREFIX.getOrDefault(service, "unknown-service(" + service + ")") + ":"
                    + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            recording.add(IAM_ACTION.getOrDefault(operation, operation));
        }
    }

    /** Runs {@code work}, then fails unless every AWS call it made is allowed by the ComplianceManagerPolicy. */
    static <T> T during(Supplier<T> work) {
        Set<String> actions = ConcurrentHashMap.newKeySet();
        RECORDING.set(actions);
        T result;
        try {
            result = work.get();
        } finally {
            RECORDING.remove();
            LAST.set(new TreeSet<>(actions));
        }
        Set<String> needing = new TreeSet<>(actions);
        needing.remove(CALLER_IDENTITY);
        assertThat(Policy.ALLOWED).as("template.yaml's ComplianceManagerPolicy allows what the command called")
                .containsAll(needing);
        return result;
    }

    /** The actions of the latest {@link #during} on this thread. */
    static Set<String> lastActions() {
        return LAST.get();
    }

    /** What the compliance manager's policy allows, read once. */
    private static final class Policy {
        static final Set<String> ALLOWED = new TreeSet<>();

        static {
            SamTemplate.load().managedPolicyStatements("ComplianceManagerPolicy")
                    .forEach(statement -> ALLOWED.addAll(SamTemplate.strings(statement.get("Action"))));
        }
    }
}
