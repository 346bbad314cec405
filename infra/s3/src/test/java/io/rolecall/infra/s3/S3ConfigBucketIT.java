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

        Path file = config.download("exports/people.csv", dir, 1_000_000, "upload it");

        assertThat(file.getFileName().toString()).isEqualTo("people.csv");
        assertThat(Files.readString(file)).contains("a@acme.example");
        assertThat(config.download("exports/people.csv", dir, 1_000_000, "upload it")).isEqualTo(file);
    }

    @Test
    void aFileLargerThanItsLimitIsRefusedBeforeItIsRead() {
        s3.putObject(request -> request.bucket(bucket).key("roles.yaml"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("# " + "x".repeat(3 * 1024 * 1024)));
        s3.putObject(request -> request.bucket(bucket).key("exports/people.json"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("{\"people\": []}" + " ".repeat(2_000)));

        assertThatThrownBy(() -> config.readRoles("roles.yaml")).isInstanceOf(ConfigBucketException.class)
                .hasMessageContaining("roles.yaml is too large (3.0 MB, limit 2 MB)");
        assertThatThrownBy(() -> config.download("exports/people.json", dir, 1_000, "upload it"))
                .isInstanceOf(ConfigBucketException.class).hasMessageContaining("people.json is too large");
        assertThat(dir).isEmptyDirectory();
    }

    /**
     * Real S3 answers 403 Access Denied for a missing key to a caller that may not list the bucket; the
     * functions may list just their keys, and a missing file is named as missing.
     */
    @Test
    void aDeniedReadOfAMissingKeyIsReportedAsMissingWithItsKey() {
        com.github.tomakehurst.wiremock.WireMockServer fakeS3 = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort()
                        .bindAddress("127.0.0.1"));
        fakeS3.start();
        try {
            String denied = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>"
                    + "<Message>Access Denied</Message><RequestId>R1</RequestId></Error>";
            fakeS3.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/config/roles.yaml"))
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
                            .withHeader("Content-Type", "application/xml").withBody(denied)));
            fakeS3.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/config/?"))
                    .withQueryParam("list-type", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
                    .withQueryParam("prefix", com.github.tomakehurst.wiremock.client.WireMock.equalTo("roles.yaml"))
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                            .withHeader("Content-Type", "application/xml")
                            .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult "
                                    + "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>config</Name>"
                                    + "<Prefix>roles.yaml</Prefix><KeyCount>0</KeyCount><MaxKeys>1</MaxKeys>"
                                    + "<IsTruncated>false</IsTruncated></ListBucketResult>")));
            S3Client client = S3Client.builder().endpointOverride(java.net.URI.create(fakeS3.baseUrl()))
                    .region(software.amazon.awssdk.regions.Region.US_EAST_1).forcePathStyle(true)
                    .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b")))
                    .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build();

            assertThatThrownBy(() -> new S3ConfigBucket(client, "config").readRoles("roles.yaml"))
                    .isInstanceOf(ConfigBucketException.class)
                    .hasMessageContaining("s3://config/roles.yaml does not exist")
                    .hasMessageNotContaining("Access Denied");
        } finally {
            fakeS3.stop();
        }
    }
}
