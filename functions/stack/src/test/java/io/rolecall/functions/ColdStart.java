package io.rolecall.functions;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import io.rolecall.infra.s3.S3Clients;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One cold start, in a fresh JVM whose classpath is the shaded jar Lambda runs plus this class: what
 * happens between the JVM starting and the first invocation returning. Configured, like Lambda, by
 * the environment alone. Modes:
 * <ul>
 *   <li>{@code scan}: the ScanFunction handler, built as Lambda builds it, invoked once;</li>
 *   <li>{@code baseline}: the floor any Java function with these SDK clients pays: the same five
 *   clients, one read of roles.yaml from S3 and one DynamoDB query, and nothing of RoleCall.</li>
 * </ul>
 * Arguments: the mode, the file to write one JSON line of results to, and the scheduled time the
 * scan counts as (an ISO instant).
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path result = Path.of(args[1]);
        String scheduledTime = args[2];
        Map<String, Long> timings = new LinkedHashMap<>();
        String outcome;
        if ("scan".equals(mode)) {
            Map<String, Object> summary = Lambda.coldStart(ScanHandler::new, Map.of("time", scheduledTime), timings);
            outcome = summary.get("status") + " " + summary.get("people") + " people";
        } else if ("baseline".equals(mode)) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            outcome = baseline();
            timings.put("totalMs", System.currentTimeMillis() - jvmStart);
        } else {
            throw new IllegalArgumentException("mode must be scan or baseline, not " + mode);
        }
        Files.writeString(result, Lambda.resultLine(mode, timings, outcome));
    }

    private static String baseline() {
        FunctionSettings settings = FunctionSettings.from(System.getenv());
        AwsClients clients = new AwsClients(Region.of(settings.region()));
        clients.ses();
        clients.configured(EventBridgeClient.builder()).build();
        clients.configured(SecretsManagerClient.builder()).build();
        S3Client s3 = clients.configured(S3Clients.builder(S3Clients.pathStyleFor(System.getenv()))).build();
        int bytes = s3.getObjectAsBytes(request -> request.bucket(settings.value(Variable.CONFIG_BUCKET))
                .key(settings.configKey())).asByteArray().length;
        int items = clients.dynamoDb().query(request -> request.tableName(settings.value(Variable.TABLE_NAME))
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("baseline")))).count();
        return "read " + bytes + " bytes and " + items + " items";
    }
}
