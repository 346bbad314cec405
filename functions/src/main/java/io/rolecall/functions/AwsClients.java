package io.rolecall.functions;

import io.rolecall.infra.s3.S3Clients;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The AWS clients, configured explicitly: the function's region, the credentials the Lambda runtime
 * puts in the environment, and one url-connection HTTP client shared by all. Each client is built the
 * first time it is needed, so a report function never pays for the scan's clients. Endpoints come
 * from the SDK's own AWS_ENDPOINT_URL_* variables, which only tests set.
 */
final class AwsClients {

    private final Region region;
    private final AwsCredentialsProvider credentials = EnvironmentVariableCredentialsProvider.create();
    private final SdkHttpClient http = UrlConnectionHttpClient.create();
    private final boolean s3PathStyle;

    private final Supplier<DynamoDbClient> dynamoDb = memoize(() -> DynamoDbClient.builder().region(region())
            .credentialsProvider(credentials).httpClient(http).build());
    private final Supplier<SesV2Client> ses = memoize(() -> SesV2Client.builder().region(region())
            .credentialsProvider(credentials).httpClient(http).build());
    private final Supplier<EventBridgeClient> eventBridge = memoize(() -> EventBridgeClient.builder()
            .region(region()).credentialsProvider(credentials).httpClient(http).build());
    private final Supplier<SecretsManagerClient> secrets = memoize(() -> SecretsManagerClient.builder()
            .region(region()).credentialsProvider(credentials).httpClient(http).build());
    private final Supplier<S3Client> s3 = memoize(() -> S3Clients.builder(s3PathStyle()).region(region())
            .credentialsProvider(credentials).httpClient(http).build());

    AwsClients(Region region, boolean s3PathStyle) {
        this.region = region;
        this.s3PathStyle = s3PathStyle;
    }

    private Region region() {
        return region;
    }

    private boolean s3PathStyle() {
        return s3PathStyle;
    }

    DynamoDbClient dynamoDb() {
        return dynamoDb.get();
    }

    SesV2Client ses() {
        return ses.get();
    }

    EventBridgeClient eventBridge() {
        return eventBridge.get();
    }

    SecretsManagerClient secrets() {
        return secrets.get();
    }

    S3Client s3() {
        return s3.get();
    }

    /** A supplier that builds its value on first use and keeps it. */
    static <T> Supplier<T> memoize(Supplier<T> factory) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = factory.get();
                }
                return value;
            }
        };
    }
}
