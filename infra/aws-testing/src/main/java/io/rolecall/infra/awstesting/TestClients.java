package io.rolecall.infra.awstesting;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Clients for integration tests, pointed at the emulators with dummy credentials. */
public final class TestClients {

    private static final SdkHttpClient HTTP = UrlConnectionHttpClient.create();
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    private TestClients() {
    }

    public static DynamoDbClient dynamoDb(ExecutionInterceptor... interceptors) {
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder();
        for (ExecutionInterceptor interceptor : interceptors) {
            overrides.addExecutionInterceptor(interceptor);
        }
        return DynamoDbClient.builder().endpointOverride(Emulators.endpoint("DYNAMODB"))
                .region(Region.of(Emulators.REGION)).credentialsProvider(CREDENTIALS).httpClient(HTTP)
                .overrideConfiguration(overrides.build()).build();
    }

    public static SesV2Client ses() {
        return SesV2Client.builder().endpointOverride(Emulators.endpoint("SESV2")).region(Region.of(Emulators.REGION))
                .credentialsProvider(CREDENTIALS).httpClient(HTTP).build();
    }

    public static S3Client s3() {
        return S3Client.builder().endpointOverride(Emulators.endpoint("S3")).region(Region.of(Emulators.REGION))
                .credentialsProvider(CREDENTIALS).httpClient(HTTP).forcePathStyle(true).build();
    }
}
