package io.rolecall.infra.awstesting;

import java.net.URI;

/**
 * Where the integration tests find AWS: the local emulators that scripts/test-all.sh starts (their
 * addresses in AWS_ENDPOINT_URL_DYNAMODB, _SESV2, _S3), or LocalStack in Docker when the tests run
 * with -Plocalstack. A test never skips for lack of an emulator: it fails and says how to start one.
 */
public final class Emulators {

    public static final String LOCALSTACK_PROPERTY = "rolecall.localstack";
    public static final String REGION = "us-east-1";
    /** The dummy credentials scripts/test-all.sh exports: the only pair s3rver accepts. */
    public static final String ACCESS_KEY = "S3RVER";
    public static final String SECRET_KEY = "S3RVER";

    private Emulators() {
    }

    public static boolean localStack() {
        return Boolean.getBoolean(LOCALSTACK_PROPERTY);
    }

    /** @param service the SDK's endpoint variable suffix: DYNAMODB, SESV2 or S3 */
    public static URI endpoint(String service) {
        if (localStack()) {
            return LocalStack.endpoint();
        }
        String variable = "AWS_ENDPOINT_URL_" + service;
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set, so there is no " + service + " to test against. "
                    + "Run the tests with scripts/test-all.sh, which starts the local emulators (dynalite, "
                    + "aws-ses-v2-local, s3rver), or with 'mvn verify -Plocalstack' where Docker runs.");
        }
        return URI.create(value);
    }
}
