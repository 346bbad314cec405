package io.rolecall.infra.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.infra.awstesting.TestClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** The configuration bucket against an S3 emulator. */
class S3ConfigBucketIT {

    private final S3Client s3 = TestClients.s3();
    private String bucket;
    private S3ConfigBucket config;

    @TempDir
    Path dir;

    @BeforeEach
    void createBucket() {
        bucket = "rolecall-it-" + UUID.randomUUID();
        s3.createBucket(request -> request.bucket(bucket));
        config = new S3ConfigBucket(s3, bucket);
    }

    @Test
    void rolesPushedAreReadBackWithTheirLocation() {
        config.pushRoles("roles.yaml", "version: 1\norganisation: Zoë's Co\n");

        CatalogueSource roles = config.readRoles("roles.yaml");

        assertThat(roles.text()).isEqualTo("version: 1\norganisation: Zoë's Co\n");
        assertThat(roles.name()).startsWith("s3://" + bucket + "/roles.yaml");
    }

    @Test
    void aMissingRolesFileSaysHowToUploadIt() {
        assertThatThrownBy(() -> config.readRoles("roles.yaml"))
                .isInstanceOf(ConfigBucketException.class)
                .hasMessageContaining("s3://" + bucket + "/roles.yaml does not exist")
                .hasMessageContaining("rolecall config push roles.yaml --bucket " + bucket);
    }

    @Test
    void aMissingBucketIsNamed() {
        S3ConfigBucket missing = new S3ConfigBucket(s3, "rolecall-it-no-such-bucket-" + UUID.randomUUID());

        assertThatThrownBy(() -> missing.readRoles("roles.yaml")).isInstanceOf(ConfigBucketException.class)
                .hasMessageContaining("rolecall-it-no-such-bucket");
    }

    @Test
    void aDirectoryExportIsDownloadedUnderItsOwnName() throws Exception {
        s3.putObject(request -> request.bucket(bucket).key("exports/people.csv"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("id,email,status\n1,a@acme.example,ACTIVE\n"));

        Path file = config.downloadExport("exports/people.csv", dir);

        assertThat(file.getFileName().toString()).isEqualTo("people.csv");
        assertThat(Files.readString(file)).contains("a@acme.example");
        assertThat(config.downloadExport("exports/people.csv", dir)).isEqualTo(file);
    }
}
