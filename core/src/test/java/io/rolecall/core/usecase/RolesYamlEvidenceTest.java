package io.rolecall.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.evidence.EvidencePack.RolesYamlVersion;
import io.rolecall.core.model.ContentHash;
import io.rolecall.core.port.RolesYamlHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which uploads of roles.yaml an evidence pack holds: those in force at some time in the period. */
class RolesYamlEvidenceTest {

    private static final Map<String, String> TEXTS = Map.of("v1", "june", "v2", "september", "v3", "november",
            "v4", "december");

    private final List<String> read = new ArrayList<>();

    private final RolesYamlHistory history = new RolesYamlHistory() {
        @Override
        public String location() {
            return "s3://config/roles.yaml";
        }

        @Override
        public List<Upload> uploads() {
            return List.of(new Upload("v1", Instant.parse("2026-06-15T12:00:00Z")),
                    new Upload("v2", Instant.parse("2026-09-15T00:00:00Z")),
                    new Upload("v3", Instant.parse("2026-11-02T10:00:00Z")),
                    new Upload("v4", Instant.parse("2026-12-01T00:00:00Z")));
        }

        @Override
        public String text(Upload upload) {
            read.add(upload.versionId());
            return TEXTS.get(upload.versionId());
        }
    };

    @Test
    void theUploadsInForceInThePeriodEvenOneNoScanReadAndNoneReplacedBeforeOrUploadedAfterIt() {
        RolesYamlEvidence.Scanned scannedSeptember = new RolesYamlEvidence.Scanned(ContentHash.sha256Hex("september"),
                LocalDate.parse("2026-09-15"), LocalDate.parse("2026-11-01"), "september", null);

        List<RolesYamlVersion> files = RolesYamlEvidence.uploaded(history, List.of(scannedSeptember),
                LocalDate.parse("2026-09-15"), LocalDate.parse("2026-11-30"));

        assertThat(read).as("only the texts of the versions in force are fetched").containsExactly("v2", "v3");
        assertThat(files).extracting(RolesYamlVersion::text).containsExactly("september", "november");
        assertThat(files.get(0).fileName()).isEqualTo("roles-yaml/roles-uploaded-20260915T000000Z-"
                + ContentHash.sha256Hex("september").substring(0, 12) + ".yaml");
        assertThat(files.get(0).title()).isEqualTo("roles.yaml uploaded 2026-09-15T00:00:00Z, in force until "
                + "2026-11-02T10:00:00Z");
        assertThat(files.get(0).shows()).contains("Version v2 of s3://config/roles.yaml",
                "The scans from 2026-09-15 to 2026-11-01 read this text");
        assertThat(files.get(1).title()).endsWith(", in force until 2026-12-01T00:00:00Z");
        assertThat(files.get(1).shows()).contains("No scan of the period read this text");
    }

    @Test
    void theLatestUploadIsStillInForce() {
        List<RolesYamlVersion> files = RolesYamlEvidence.uploaded(history, List.of(), LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-03-31"));

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.text()).isEqualTo("december");
            assertThat(file.title()).endsWith(", still in force");
        });
    }
}
