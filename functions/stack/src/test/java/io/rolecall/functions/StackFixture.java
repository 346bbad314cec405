package io.rolecall.functions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.connector.entra.testing.GraphStub;
import io.rolecall.infra.awstesting.Tables;
import io.rolecall.infra.awstesting.TestClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What one deployed stack would hold, made fresh on the emulators for one test: its table, its
 * configuration bucket with roles.yaml and a directory export, and the functions' environment.
 */
final class StackFixture {

    static final String ACME = "../../examples/acme/";
    static final String SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rolecall-AbCdEf";
    static final String LINK_SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:LinkSecret-GhIjKl";
    /** The AcknowledgeFunction's URL host, as in events/function-url-*.json. */
    static final String FUNCTION_URL_HOST = "k7sd2lq4vyx3mbn6ofaw5tje8c0hprgu.lambda-url.eu-west-1.on.aws";

    final String table = Tables.createFresh(TestClients.dynamoDb());
    final String bucket = "rolecall-e2e-" + UUID.randomUUID();
    private final S3Client s3 = TestClients.s3();
    final Map<String, String> env = new HashMap<>(System.getenv());

    StackFixture() {
        s3.createBucket(request -> request.bucket(bucket));
        env.put(Variable.TABLE_NAME.name(), table);
        env.put(Variable.CONFIG_BUCKET.name(), bucket);
        env.put(Variable.CONFIG_KEY.name(), "roles.yaml");
        env.put(Variable.DIRECTORY_PROVIDER.name(), "export");
        env.put(Variable.DIRECTORY_EXPORT_KEY.name(), "exports/directory.json");
        env.put(Variable.SENDER_ADDRESS.name(), "rolecall@acme.example");
        env.put(Variable.NOTIFY_EMAIL.name(), "alarms@acme.example");
        env.put(Variable.EVENT_BUS_NAME.name(), "rolecall-e2e");
        env.put(Variable.TIME_ZONE.name(), "Europe/London");
        env.put(Variable.CREDENTIALS_SECRET_ARN.name(), SECRET_ARN);
        env.put(Variable.LINK_SECRET_ARN.name(), LINK_SECRET_ARN);
        // As template.yaml without a custom address: the scan gets the function URL (with its trailing
        // slash, as GetAtt gives it), the AcknowledgeFunction an empty PUBLIC_URL and its request's host.
        env.put(Variable.PUBLIC_URL.name(), "https://" + FUNCTION_URL_HOST + "/");
    }

    /** The link secret as the stack generates it, stubbed in Secrets Manager. */
    static void linkSecret(AwsStubs aws) {
        aws.secret(LINK_SECRET_ARN, "{\"linkSecret\":\"Qm3vXw9pL2sT7yZc4nR8kD1fH6jB0gA5eU3iO9uY2tE7wQ4zN8xV1mC6bK5lJ0hF\"}");
    }

    /**
     * Acme's roles.yaml with the directory read from Entra ID: {@code graph} serves Ada and Grace and
     * none of the groups, the secret holds the app's certificate, and a fresh JVM started with this
     * environment trusts the stub's test certificate as the build's test JVMs do.
     */
    StackFixture acmeFromEntra(GraphStub graph, AwsStubs aws) {
        graph.issuesTokens().users(List.of(List.of(GraphStub.user("u1", "ada@acme.example", "Ada", true),
                        GraphStub.user("u2", "grace@acme.example", "Grace", true))))
                .deletedUsers(List.of(List.of()));
        for (String group : List.of("isms-deputies", "isms-incident", "awareness-champions")) {
            graph.noGroup(group);
        }
        linkSecret(aws);
        try {
            aws.secret(SECRET_ARN, new ObjectMapper().writeValueAsString(Map.of("entraClientId", GraphStub.CLIENT_ID,
                    "entraClientCertificate", GraphStub.appCertificatePem())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acme();
        env.put(Variable.DIRECTORY_PROVIDER.name(), "entra");
        env.put(Variable.ENTRA_TENANT_ID.name(), GraphStub.TENANT);
        env.put("ROLECALL_GRAPH_ROOT_URL", graph.root().toString());
        env.put("ROLECALL_ENTRA_AUTHORITY_URL", graph.root().toString());
        Path trustStore = Path.of(System.getProperty("javax.net.ssl.trustStore",
                "../../connectors/entra/src/test/resources/graph-stub-trust.p12")).toAbsolutePath().normalize();
        env.put("JAVA_TOOL_OPTIONS", "-Djavax.net.ssl.trustStore=" + trustStore
                + " -Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12");
        return this;
    }

    StackFixture upload(String key, Path file) {
        try {
            return upload(key, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StackFixture remove(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key));
        return this;
    }

    StackFixture upload(String key, String text) {
        s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromString(text));
        return this;
    }

    StackFixture acme() {
        return upload("roles.yaml", Path.of(ACME + "roles.yaml"))
                .upload("exports/directory.json", Path.of(ACME + "directory.json"));
    }

    Wiring wiring(Clock clock) {
        Map<String, String> acknowledge = new HashMap<>(env);
        acknowledge.put(Variable.PUBLIC_URL.name(), "");
        return Wiring.of(env, acknowledge, clock);
    }

    /** A scheduled-event JSON file from src/test/resources/events, as Lambda would pass it. */
    static Map<String, Object> event(String name) {
        try (InputStream in = StackFixture.class.getResourceAsStream("/events/" + name)) {
            return new ObjectMapper().readValue(in, new TypeReference<HashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
