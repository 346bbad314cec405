package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.infra.awstesting.Emulators;
import io.rolecall.infra.awstesting.TestClients;
import io.rolecall.infra.s3.S3ConfigBucket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** 'rolecall config push' against the S3 emulator: validate first, then upload where the stack reads. */
class ConfigPushIT {

    private static final Path ACME_ROLES = Path.of("../examples/acme/roles.yaml");

    private final S3Client s3 = TestClients.s3();
    private final String bucket = "rolecall-push-" + UUID.randomUUID();
    private final Map<String, String> environment = Map.of("AWS_ENDPOINT_URL_S3", Emulators.endpoint("S3").toString());

    @TempDir
    Path dir;

    private Cli push(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "config";
        all[1] = "push";
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--region";
        all[args.length + 3] = Emulators.REGION;
        return Cli.runWith(environment, all);
    }

    @Test
    void validRolesAreUploadedWhereTheStackReadsThem() throws Exception {
        s3.createBucket(request -> request.bucket(bucket));

        Cli pushed = push(ACME_ROLES.toString(), "--bucket", bucket, "--key", "config/roles.yaml");

        assertThat(pushed.exitCode()).as(pushed.err()).isZero();
        assertThat(pushed.out()).contains("is valid (Acme Ltd, 10 roles)", "is now s3://" + bucket + "/config/roles.yaml");
        assertThat(new S3ConfigBucket(s3, bucket).readRoles("config/roles.yaml").text())
                .isEqualTo(Files.readString(ACME_ROLES));
    }

    @Test
    void anInvalidFileIsNotUploaded() throws Exception {
        s3.createBucket(request -> request.bucket(bucket));
        Path invalid = Files.writeString(dir.resolve("roles.yaml"), "version: 1\norganisation: Acme\nreportng: {}\n");

        Cli pushed = push(invalid.toString(), "--bucket", bucket);

        assertThat(pushed.exitCode()).isEqualTo(RoleCallCommand.EXIT_INVALID_INPUT);
        assertThat(pushed.err()).contains("unknown key 'reportng'", "did you mean 'reporting'?");
        assertThat(s3.listObjectsV2(request -> request.bucket(bucket)).contents()).isEmpty();
    }

    @Test
    void aBucketThatDoesNotExistIsNamedWithWhereToFindTheRightOne() {
        Cli pushed = push(ACME_ROLES.toString(), "--bucket", bucket);

        assertThat(pushed.exitCode()).isEqualTo(RoleCallCommand.EXIT_FAILURE);
        assertThat(pushed.err()).contains("the bucket " + bucket + " does not exist", "ConfigBucket output");
    }
}
