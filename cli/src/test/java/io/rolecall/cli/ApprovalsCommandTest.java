package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.model.Email;
import io.rolecall.infra.local.LocalStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'rolecall approvals' over a state holding approvals of several versions and ages. */
class ApprovalsCommandTest {

    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: board}
            roles:
              - {id: board, name: Board, primary: [ceo@test.example, cfo@test.example], backupRequired: false}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backupRequired: false}
            approvals:
              - {id: security-policy, title: Security policy, version: '2.0', url: https://intranet.test.example/policy, approvers: board}
              - {id: continuity-plan, title: Continuity plan, version: '1', url: https://intranet.test.example/bcp, approvers: board, quorum: 1, everyMonths: 6}
              - {id: code-of-conduct, title: Code of conduct, version: '3', url: https://intranet.test.example/coc, approvers: board, quorum: 1}
            """;

    @TempDir
    Path dir;

    private Cli rolecall(String... args) {
        return Cli.runWith(java.util.Map.of(), args);
    }

    private static String person(String email, String name) {
        return "{\"id\": \"" + email + "\", \"email\": \"" + email + "\", \"name\": \"" + name
                + "\", \"status\": \"ACTIVE\"}";
    }

    private void approve(String who, String approval, String version, String at) {
        try (LocalStorage local = LocalStorage.openForRecording(dir.resolve("state"))) {
            local.storage().acknowledgements().recordAcceptance(new Acceptance(Email.of(who), "approval:" + approval,
                    version, 1, "sha", "roles.yaml", Instant.parse(at), List.of(), 0, null));
        }
    }

    private Cli scan() {
        return rolecall("scan", "--directory", dir.resolve("people.json").toString(), "--roles",
                dir.resolve("roles.yaml").toString(), "--state", dir.resolve("state").toString(), "--as-of",
                "2026-11-30", "--format", "json");
    }

    @BeforeEach
    void state() throws Exception {
        Files.writeString(dir.resolve("roles.yaml"), ROLES);
        Files.writeString(dir.resolve("people.json"), "{\"people\": [" + String.join(",",
                person("ceo@test.example", "Cleo"), person("cfo@test.example", "Finn"),
                person("ada@test.example", "Ada")) + "]}");
        assertThat(scan().exitCode()).isIn(0, 1);
        // Version 1.0 was approved by both in June 2025: a decision that lapsed in June 2026.
        approve("ceo@test.example", "security-policy", "1.0", "2025-06-01T09:00:00Z");
        approve("cfo@test.example", "security-policy", "1.0", "2025-06-02T09:00:00Z");
        approve("ceo@test.example", "security-policy", "2.0", "2026-11-20T09:00:00Z");
        approve("cfo@test.example", "code-of-conduct", "3", "2026-10-01T09:00:00Z");
    }

    @Test
    void jsonHoldsEachApprovalWithItsVersionQuorumApproversAndStatus() throws Exception {
        Cli approvals = rolecall("approvals", "--state", dir.resolve("state").toString(), "--as-of", "2026-11-30",
                "--format", "json");

        assertThat(approvals.exitCode()).as(approvals.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(approvals.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("approvals");
        assertThat(json.get("approvals")).hasSize(3);
        for (JsonNode approval : json.get("approvals")) {
            assertThat(approval.fieldNames()).toIterable().containsExactly("id", "version", "quorum", "approvedBy",
                    "missing", "status");
        }
        JsonNode policy = json.get("approvals").get(0);
        assertThat(policy.get("id").asText()).isEqualTo("security-policy");
        assertThat(policy.get("version").asText()).isEqualTo("2.0");
        assertThat(policy.get("quorum").asText()).isEqualTo("all");
        assertThat(policy.get("approvedBy")).singleElement().satisfies(by -> {
            assertThat(by.get("email").asText()).isEqualTo("ceo@test.example");
            assertThat(by.get("on").asText()).isEqualTo("2026-11-20");
        });
        assertThat(policy.get("missing")).extracting(JsonNode::asText).containsExactly("cfo@test.example");
        assertThat(policy.get("status").asText()).as("1.0's approval lapsed in June").isEqualTo("STALE");

        JsonNode plan = json.get("approvals").get(1);
        assertThat(plan.get("quorum").isInt()).isTrue();
        assertThat(plan.get("quorum").asInt()).isEqualTo(1);
        assertThat(plan.get("approvedBy")).isEmpty();
        assertThat(plan.get("status").asText()).isEqualTo("PENDING");

        JsonNode conduct = json.get("approvals").get(2);
        assertThat(conduct.get("status").asText()).isEqualTo("APPROVED");
        assertThat(conduct.get("missing")).extracting(JsonNode::asText).containsExactly("ceo@test.example");
    }

    @Test
    void textSaysWhoApprovedWhoIsMissingAndTheLastDecision() {
        Cli approvals = rolecall("approvals", "--state", dir.resolve("state").toString(), "--as-of", "2026-11-30");

        assertThat(approvals.exitCode()).as(approvals.err()).isZero();
        assertThat(approvals.out()).contains("Approvals as of 2026-11-30: 1 of 3 approved",
                "security-policy (Security policy), version 2.0: STALE, 1 of 2 approvals by board (quorum all)",
                "approved by: ceo@test.example on 2026-11-20", "missing:     cfo@test.example",
                "last decision: version 1.0 on 2025-06-02",
                "code-of-conduct (Code of conduct), version 3: APPROVED, 1 of 1 approvals by board (quorum 1), "
                        + "decided 2026-10-01");
    }

    @Test
    void theScanRaisesAStaleApprovalAboutTheBodyThatApprovesIt() throws Exception {
        Cli scan = scan();

        JsonNode findings = new ObjectMapper().readTree(scan.out()).get("findings");
        assertThat(findings).filteredOn(f -> f.get("kind").asText().startsWith("APPROVAL_")).singleElement()
                .satisfies(f -> {
                    assertThat(f.get("kind").asText()).isEqualTo("APPROVAL_STALE");
                    assertThat(f.get("approvalId").asText()).isEqualTo("security-policy");
                    assertThat(f.get("roleId").asText()).isEqualTo("board");
                    assertThat(f.get("message").asText()).contains("last approved by Board on 2025-06-02 "
                            + "(version 1.0), more than 12 months ago");
                    assertThat(f.get("remediation").asText()).contains("Finn (cfo@test.example)");
                });
    }

    @Test
    void theEvidencePackHoldsEveryApprovalOfThePeriodWithItsVersionAndNotAmongAcceptancesOfDuties() throws Exception {
        Path zip = dir.resolve("pack.zip");
        Cli evidence = rolecall("evidence", "--state", dir.resolve("state").toString(), "--from", "2025-01-01",
                "--to", "2026-11-30", "--out", zip.toString());

        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        try (java.util.zip.ZipFile pack = new java.util.zip.ZipFile(zip.toFile())) {
            String approvals = new String(pack.getInputStream(pack.getEntry("approvals.csv")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(approvals.lines().skip(1)).containsExactly(
                    "security-policy,Security policy,1.0,ceo@test.example,2025-06-01T09:00:00Z,sha,roles.yaml",
                    "security-policy,Security policy,1.0,cfo@test.example,2025-06-02T09:00:00Z,sha,roles.yaml",
                    "code-of-conduct,Code of conduct,3,cfo@test.example,2026-10-01T09:00:00Z,sha,roles.yaml",
                    "security-policy,Security policy,2.0,ceo@test.example,2026-11-20T09:00:00Z,sha,roles.yaml");
            String acknowledgements = new String(pack.getInputStream(pack.getEntry("acknowledgements.csv"))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(acknowledgements).doesNotContain("approval:");
        }
    }
}
