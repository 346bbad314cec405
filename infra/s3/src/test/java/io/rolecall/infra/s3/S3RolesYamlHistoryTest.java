package io.rolecall.infra.s3;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.rolecall.core.port.RolesYamlHistory.RolesYamlHistoryException;
import io.rolecall.core.port.RolesYamlHistory.Upload;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 versions of roles.yaml, over S3's REST protocol as S3 answers it (recorded-shape XML): s3rver,
 * the S3 emulator of the integration tests, implements no versioning.
 */
class S3RolesYamlHistoryTest {

    private static final String NS = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

    private final WireMockServer fakeS3 = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .bindAddress("127.0.0.1"));
    private S3Client client;

    @BeforeEach
    void start() {
        fakeS3.start();
        client = S3Client.builder().endpointOverride(URI.create(fakeS3.baseUrl())).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        fakeS3.stop();
    }

    private static String version(String key, String id, String modified) {
        return "<Version><Key>" + key + "</Key><VersionId>" + id + "</VersionId><IsLatest>false</IsLatest>"
                + "<LastModified>" + modified + "</LastModified><ETag>\"e\"</ETag><Size>10</Size>"
                + "<StorageClass>STANDARD</StorageClass></Version>";
    }

    @Test
    void everyUploadOfTheKeyOnEveryPageOldestFirstWithoutDeleteMarkersOrOtherKeys() {
        // S3 lists newest first within a key, and pages by key and version id markers.
        fakeS3.stubFor(get(urlPathMatching("/config/?")).withQueryParam("versions", equalTo(""))
                .withQueryParam("prefix", equalTo("roles.yaml"))
                .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListVersionsResult " + NS + "><Name>config</Name>"
                                + "<Prefix>roles.yaml</Prefix><KeyMarker></KeyMarker><VersionIdMarker></VersionIdMarker>"
                                + "<NextKeyMarker>roles.yaml</NextKeyMarker><NextVersionIdMarker>v2</NextVersionIdMarker>"
                                + "<MaxKeys>2</MaxKeys><IsTruncated>true</IsTruncated>"
                                + "<DeleteMarker><Key>roles.yaml</Key><VersionId>d1</VersionId><IsLatest>true</IsLatest>"
                                + "<LastModified>2026-11-20T09:00:00.000Z</LastModified></DeleteMarker>"
                                + version("roles.yaml", "v3", "2026-11-02T10:00:00.000Z")
                                + version("roles.yaml", "v2", "2026-09-01T08:30:00.000Z")
                                + "</ListVersionsResult>")));
        fakeS3.stubFor(get(urlPathMatching("/config/?")).withQueryParam("versions", equalTo(""))
                .withQueryParam("key-marker", equalTo("roles.yaml")).withQueryParam("version-id-marker", equalTo("v2"))
                .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListVersionsResult " + NS + "><Name>config</Name>"
                                + "<Prefix>roles.yaml</Prefix><MaxKeys>2</MaxKeys><IsTruncated>false</IsTruncated>"
                                + version("roles.yaml", "v1", "2026-06-15T12:00:00.000Z")
                                + version("roles.yaml.bak", "x1", "2026-07-01T12:00:00.000Z")
                                + "</ListVersionsResult>")));

        assertThat(new S3RolesYamlHistory(client, "config", "roles.yaml").uploads()).containsExactly(
                new Upload("v1", Instant.parse("2026-06-15T12:00:00Z")),
                new Upload("v2", Instant.parse("2026-09-01T08:30:00Z")),
                new Upload("v3", Instant.parse("2026-11-02T10:00:00Z")));
    }

    @Test
    void theTextOfAnUploadIsReadByItsVersionId() {
        fakeS3.stubFor(get(urlPathEqualTo("/config/roles.yaml")).withQueryParam("versionId", equalTo("v2"))
                .willReturn(aResponse().withHeader("Content-Type", "application/yaml").withBody("version: 1\n")));

        assertThat(new S3RolesYamlHistory(client, "config", "roles.yaml")
                .text(new Upload("v2", Instant.parse("2026-09-01T08:30:00Z")))).isEqualTo("version: 1\n");
    }

    @Test
    void aDeniedListingSaysWhichPermissionIsMissing() {
        fakeS3.stubFor(get(urlPathMatching("/config/?")).withQueryParam("versions", equalTo(""))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
                        .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));

        assertThatThrownBy(() -> new S3RolesYamlHistory(client, "config", "roles.yaml").uploads())
                .isInstanceOf(RolesYamlHistoryException.class)
                .hasMessageContaining("s3://config/roles.yaml", "AccessDenied", "s3:ListBucketVersions");
    }
}
