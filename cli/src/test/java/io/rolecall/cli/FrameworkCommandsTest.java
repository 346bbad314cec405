package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.catalogue.BuiltInPacks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Framework packs from the command line: init per pack, the crosswalk, and a pack of one's own. */
class FrameworkCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<String> frameworkChoices() {
        return Stream.concat(BuiltInPacks.IDS.stream(), Stream.of("soc2,nis2", String.join(",", BuiltInPacks.IDS)));
    }

    @ParameterizedTest
    @MethodSource("frameworkChoices")
    void initForAFrameworkWritesACatalogueThatPassesConfigCheckAsWritten(String frameworks) throws Exception {
        Path roles = dir.resolve("roles.yaml");

        Cli init = Cli.run("init", "--framework", frameworks, "--out", roles.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("answering " + frameworks.replace(",", ", "));
        assertThat(Files.readString(roles)).contains("frameworks: [" + frameworks.replace(",", ", ") + "]");

        Cli check = Cli.run("config", "check", roles.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).doesNotContain("no role declares");

        Cli crosswalk = Cli.run("crosswalk", "--roles", roles.toString(), "--format", "json");
        assertThat(crosswalk.exitCode()).as(crosswalk.err()).isZero();
        for (JsonNode framework : JSON.readTree(crosswalk.out()).get("frameworks")) {
            assertThat(framework.get("summary").get("notSetUp").asInt()).as(framework.get("id").asText()).isZero();
        }
    }

    @Test
    void initForAFrameworkThatAsksForTheBoardsApprovalWritesOneForTheSecurityPolicy() throws Exception {
        Path roles = dir.resolve("roles.yaml");
        assertThat(Cli.run("init", "--framework", "nis2", "--out", roles.toString()).exitCode()).isZero();

        assertThat(Files.readString(roles)).contains("approvals:\n  - id: security-policy\n",
                "    approvers: top-management\n");
        Cli check = Cli.run("config", "check", roles.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("1 approval;");
    }

    @Test
    void initRefusesAFrameworkItDoesNotKnowAndNamesTheOnesItDoes() {
        Cli init = Cli.run("init", "--framework", "soc3", "--out", dir.resolve("roles.yaml").toString());

        assertThat(init.exitCode()).isEqualTo(2);
        assertThat(init.err()).contains("soc3", "iso27001", "pci-dss");
        assertThat(dir.resolve("roles.yaml")).doesNotExist();
    }

    @Test
    void theCrosswalkJsonHasExactlyTheDocumentedShapeAndCountsGapsFromTheLatestScan() throws Exception {
        Path roles = dir.resolve("roles.yaml");
        assertThat(Cli.run("init", "--framework", "iso27001,soc2", "--out", roles.toString()).exitCode()).isZero();

        JsonNode alone = JSON.readTree(Cli.run("crosswalk", "--roles", roles.toString(), "--format", "json").out());
        assertThat(fieldNames(alone)).containsExactly("frameworks");
        JsonNode soc2 = alone.get("frameworks").get(1);
        assertThat(fieldNames(soc2)).containsExactly("id", "title", "version", "clauses", "summary");
        assertThat(soc2.get("id").asText()).isEqualTo("soc2");
        assertThat(fieldNames(soc2.get("summary"))).containsExactly("covered", "gaps", "notSetUp");
        JsonNode cc13 = soc2.get("clauses").get(0);
        assertThat(fieldNames(cc13)).containsExactly("id", "title", "status", "checks", "functions",
                "missingFunctions", "openFindings");
        assertThat(cc13.get("id").asText()).isEqualTo("CC1.3");
        assertThat(cc13.get("status").asText()).isEqualTo("COVERED");
        assertThat(soc2.get("summary").get("gaps").asInt()).as("judged from roles.yaml alone").isZero();

        String state = dir.resolve("state").toString();
        Path people = dir.resolve("people.json");
        Files.writeString(people, "{\"people\": [{\"id\": \"1\", \"email\": \"ada@example.com\", \"name\": \"Ada\", "
                + "\"status\": \"ACTIVE\"}]}");
        Cli scan = Cli.run("scan", "--directory", people.toString(), "--roles", roles.toString(), "--state", state,
                "--as-of", "2026-11-30");
        assertThat(scan.exitCode()).as(scan.err()).isIn(0, 1);

        JsonNode scanned = JSON.readTree(Cli.run("crosswalk", "--state", state, "--framework", "soc2", "--format",
                "json").out());
        assertThat(scanned.get("frameworks")).hasSize(1);
        JsonNode cc13Now = scanned.get("frameworks").get(0).get("clauses").get(0);
        assertThat(cc13Now.get("status").asText()).isEqualTo("GAPS");
        assertThat(cc13Now.get("openFindings")).isNotEmpty();
        List<String> ids = new ArrayList<>();
        JSON.readTree(Cli.run("findings", "--state", state, "--format", "json").out()).get("findings")
                .forEach(finding -> ids.add(finding.get("id").asText()));
        cc13Now.get("openFindings").forEach(id -> assertThat(ids).contains(id.asText()));
    }

    @Test
    void aPackOfOnesOwnIsOneYamlFileAndShowsInTheCrosswalkTheReferencesAndTheEvidenceIndex() throws Exception {
        Files.writeString(dir.resolve("board-policy.yaml"), """
                id: board-policy
                title: Acme board security policy
                version: '2026'
                citation: Board policy
                functions:
                  - id: privacy-lead
                    name: Privacy lead
                    description: Answers for personal data.
                clauses:
                  - id: BP-7
                    title: Every security role has someone named
                    checks:
                      - kinds: [ROLE_UNASSIGNED]
                evidence:
                  findings: [BP-7]
                  crosswalk: [BP-7]
                """);
        Path roles = dir.resolve("roles.yaml");
        Files.writeString(roles, """
                version: 1
                organisation: Throwaway Ltd
                frameworks: [iso27001, board-policy.yaml]
                reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
                roles:
                  - {id: top-management, name: Top Management, primary: [ceo@example.com], backupRequired: false,
                     lastReviewed: 2026-11-01}
                  - {id: isms-manager, name: ISMS Manager, primary: [], backupRequired: false, lastReviewed: 2026-11-01,
                     functions: [privacy-lead]}
                """);
        Path people = dir.resolve("people.json");
        Files.writeString(people, "{\"people\": [{\"id\": \"1\", \"email\": \"ceo@example.com\", \"name\": \"Cleo\", "
                + "\"status\": \"ACTIVE\"}]}");
        String state = dir.resolve("state").toString();

        Cli check = Cli.run("config", "check", roles.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(Cli.run("scan", "--directory", people.toString(), "--roles", roles.toString(), "--state", state,
                "--as-of", "2026-11-30").exitCode()).isIn(0, 1);

        JsonNode findings = JSON.readTree(Cli.run("findings", "--state", state, "--format", "json").out());
        List<String> references = new ArrayList<>();
        for (JsonNode finding : findings.get("findings")) {
            if (finding.get("kind").asText().equals("ROLE_UNASSIGNED")) {
                finding.get("references").forEach(reference -> references.add(reference.asText()));
            }
        }
        assertThat(references).contains("Board policy BP-7", "ISO/IEC 27001:2022 5.3");

        JsonNode crosswalk = JSON.readTree(Cli.run("crosswalk", "--state", state, "--framework", "board-policy",
                "--format", "json").out());
        JsonNode clause = crosswalk.get("frameworks").get(0).get("clauses").get(0);
        assertThat(clause.get("id").asText()).isEqualTo("BP-7");
        assertThat(clause.get("status").asText()).isEqualTo("GAPS");

        Path zip = dir.resolve("evidence.zip");
        Cli evidence = Cli.run("evidence", "--state", state, "--from", "2026-11-01", "--to", "2026-11-30", "--out",
                zip.toString());
        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        String index = entry(zip, "index.html");
        assertThat(index).contains("Acme board security policy", "Board policy BP-7", "crosswalk.csv",
                "crosswalk.xlsx");
        assertThat(entry(zip, "crosswalk.csv")).contains("board-policy", "BP-7", "GAPS");
    }

    @Test
    void aRolesFileOrPackTooDeepOrTooLargeIsRefusedInWordsNeverWithAStackOverflow() throws Exception {
        Path roles = dir.resolve("roles.yaml");
        Files.writeString(roles, "version: 1\norganisation: X\nframeworks: [own.yaml]\nx: " + "[".repeat(50_000)
                + "]".repeat(50_000) + "\n");
        Cli deep = Cli.run("config", "check", roles.toString());
        assertThat(deep.exitCode()).isEqualTo(2);
        assertThat(deep.err()).contains("nested too deep").doesNotContain("StackOverflow");

        Files.writeString(roles, "version: 1\norganisation: X\nframeworks: [own.yaml]\n");
        Files.writeString(dir.resolve("own.yaml"), "id: own\n# " + "x".repeat(2 * 1024 * 1024) + "\n");
        Cli large = Cli.run("config", "check", roles.toString());
        assertThat(large.exitCode()).isEqualTo(2);
        assertThat(large.err()).contains("own.yaml is too large (2.0 MB, limit 1 MB)");
    }

    @Test
    void theAssignmentCommandsRecordAReviewAndANoticeAndRefuseWhatRolesYamlDoesNotAskFor() {
        String state = dir.resolve("state").toString();
        assertThat(Cli.run("scan", "--directory", "../examples/acme/directory.json", "--roles",
                "../examples/acme/roles.yaml", "--state", state, "--as-of", "2026-11-30").exitCode()).isZero();

        Cli review = Cli.run("assignment", "review", "data-protection-lead", "--on", "2026-11-29", "--by",
                "grace@acme.example", "--evidence", "Board minutes 2026-11", "--state", state, "--as-of", "2026-11-30");
        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(review.out()).contains("Recorded a review of who holds data-protection-lead on 2026-11-29 by "
                + "grace@acme.example");

        Cli notified = Cli.run("assignment", "notified", "data-protection-lead", "--on", "2026-11-29",
                "--reference", "ICO case 118", "--state", state, "--as-of", "2026-11-30");
        assertThat(notified.exitCode()).as(notified.err()).isZero();
        assertThat(notified.out()).contains("Recorded that the authority was told who holds data-protection-lead on "
                + "2026-11-29 (ICO case 118)");

        Cli noAuthority = Cli.run("assignment", "notified", "it-admin", "--on", "2026-11-29", "--reference", "x",
                "--state", state, "--as-of", "2026-11-30");
        assertThat(noAuthority.exitCode()).isEqualTo(2);
        assertThat(noAuthority.err()).contains("names no authority to notify");
        Cli unknown = Cli.run("assignment", "review", "dpo", "--on", "2026-11-29", "--by", "grace@acme.example",
                "--state", state, "--as-of", "2026-11-30");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'dpo' is not a role of roles.yaml");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String entry(Path zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in " + zip);
    }
}
