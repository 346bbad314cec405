package io.rolecall.functions;

import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The AWS clients every function uses, configured explicitly: the function's region, the credentials
 * of its execution role, and one url-connection HTTP client shared by all. Each client is built the
 * first time it is needed. Endpoints come from the SDK's own AWS_ENDPOINT_URL_* variables, which only
 * tests set. The scan builds its own further clients with {@link #configured}.
 *
 * <p>The role's credentials are where the Lambda runtime puts them: in environment variables, or,
 * for a function restored from a SnapStart snapshot, behind the container credentials endpoint
 * (AWS_CONTAINER_CREDENTIALS_FULL_URI), since keys in a snapshot would be shared and would expire.
 */
public final class AwsClients {

    private final Region region;
    private final AwsCredentialsProvider credentials = AwsCredentialsProviderChain.of(
            EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.builder().build());
    private final SdkHttpClient http = UrlConnectionHttpClient.create();

    private final Supplier<DynamoDbClient> dynamoDb = memoize(() -> configured(DynamoDbClient.builder()).build());
    private final Supplier<SesV2Client> ses = memoize(() -> configured(SesV2Client.builder()).build());

    public AwsClients(Region region) {
        this.region = region;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb.get();
    }

    public SesV2Client ses() {
        return ses.get();
    }

    /**
     * One DynamoDB read of an item that never exists, for a SnapStart snapshot: it loads the SDK's
     * whole request path (endpoint rules, signing, the HTTP client, the JSON protocol) and finds the
     * credentials, which the first real request would otherwise do.
     */
    public void primeDynamoDb(String table) {
        dynamoDb().getItem(request -> request.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("PRIMING"), "sk", AttributeValue.fromS("PRIMING"))));
    }

    /** A client builder with this function's region, credentials and HTTP client. */
    public <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configured(B builder) {
        return builder.region(region).credentialsProvider(credentials).httpClient(http);
    }

    /** A supplier that builds its value on first use and keeps it. */
    public static <T> Supplier<T> memoize(Supplier<T> factory) {
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
