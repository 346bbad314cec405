package io.rolecall.infra.s3;

import java.util.Map;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/** How RoleCall builds its S3 clients, in the functions and the CLI alike. */
public final class S3Clients {

    private S3Clients() {
    }

    /**
     * A builder for plain signed bodies without trailing checksums, which S3 accepts and which the
     * emulators read (they understand neither aws-chunked bodies nor trailing checksums), using
     * path-style addresses when {@code pathStyle}, as emulators need. Region, credentials and HTTP
     * client are the caller's.
     */
    public static S3ClientBuilder builder(boolean pathStyle) {
        return S3Client.builder().forcePathStyle(pathStyle)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }

    /** Emulators are reached through AWS_ENDPOINT_URL_S3 and need path-style addresses; real S3 takes either. */
    public static boolean pathStyleFor(Map<String, String> environment) {
        String endpoint = environment.get("AWS_ENDPOINT_URL_S3");
        return endpoint != null && !endpoint.isBlank();
    }
}
