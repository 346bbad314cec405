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
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Clients for integration tests, pointed at the emulators with dummy credentials. */
public final class TestClients {

    private static final SdkHttpClient HTTP = UrlConnectionHttpClient.create();
    /** s3rver accepts only its own key pair; dynalite and the SES emulator accept any. */
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            Emulators.localStack() ? AwsBasicCredentials.create("test", "test")
                    : AwsBasicCredentials.create(Emulators.ACCESS_KEY, Emulators.SECRET_KEY));

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
                .credentialsProvider(CREDENTIALS).httpClient(HTTP).forcePathStyle(true)
                // s3rver reads neither aws-chunked bodies nor trailing checksums; AWS accepts plain bodies too.
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }
}
