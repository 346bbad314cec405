package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.model.FindingKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    private static final String ACME = "../examples/acme/";

    @TempDir
    Path dir;

    private Cli scanAcme(String directory, String asOf, String... extra) {
        List<String> args = new ArrayList<>(List.of("scan", "--directory", ACME + directory,
                "--roles", ACME + "roles.yaml", "--state", dir.resolve("state").toString(), "--as-of", asOf));
        args.addAll(Arrays.asList(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theAcmeExampleShowsEveryFindingKind() throws Exception {
        // As the demo does: in August Olga was the data protection lead; Kate took over in September.
        Path august = dir.resolve("roles-2026-08.yaml");
        Files.writeString(august, Files.readString(Path.of(ACME + "roles.yaml"))
                .replace("primary: [kate@acme.example]", "primary: [olga@acme.example]"));
        assertThat(Cli.run("scan", "--directory", ACME + "history/directory-2026-08-03.json", "--roles",
                august.toString(), "--state", dir.resolve("state").toString(), "--as-of", "2026-08-03").exitCode())
                .isZero();
        // As the demo does: the holders of August were sent their duties and never accepted them.
        assertThat(Cli.run("notify", "--state", dir.resolve("state").toString(), "--as-of", "2026-08-03",
                "--public-url", "http://127.0.0.1:8080", "--out", dir.resolve("notices").toString()).exitCode())
                .isZero();
        // As the demo does: Acme's training records, and the access review done in September.
        String state = dir.resolve("state").toString();
        assertThat(Cli.run("training", "import", ACME + "training.csv", "--state", state, "--as-of", "2026-08-03")
                .exitCode()).isZero();
        assertThat(Cli.run("activity", "done", "access-review", "--on", "2026-09-14", "--evidence", "SEC-412",
                "--state", state, "--as-of", "2026-09-15").exitCode()).isZero();
        assertThat(scanAcme("history/directory-2026-08-03.json", "2026-09-15").exitCode()).isZero();

        Cli scan = scanAcme("directory.json", "2026-11-30", "--hr", "file", "--hr-setting",
                "HR_FILE=" + ACME + "hr.csv");

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(scan.err()).isEmpty();
        assertThat(scan.out()).contains("HR: 9 records from file:hr.csv; 8 matched a directory account, 1 had none; "
                + "32 people in the directory have no HR record");
        // Approvals are dated by the real clock, so a replayed history holds no lapsed one: ApprovalsCommandTest
        // shows APPROVAL_STALE.
        for (FindingKind kind : FindingKind.values()) {
            if (kind != FindingKind.APPROVAL_STALE) {
                assertThat(scan.out()).as("output shows %s", kind).contains("  " + kind.name() + " ");
            }
        }
        assertThat(scan.out()).contains("RoleCall scan: Acme Ltd, as of 2026-11-30", "HIGH (", "MEDIUM (", "LOW (",
                "Fix: ");
    }

    @Test
    void anHrSourceThatCannotBeUsedStopsTheScanBeforeAnythingIsStored() throws Exception {
        Cli unknown = scanAcme("directory.json", "2026-11-30", "--hr", "workday");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--hr 'workday' is not an HR source; use ", "file");

        Cli orphan = scanAcme("directory.json", "2026-11-30", "--hr-setting", "HR_FILE=hr.csv");
        assertThat(orphan.exitCode()).isEqualTo(2);
        assertThat(orphan.err()).contains("--hr-setting needs --hr NAME");

        Path bad = dir.resolve("hr.csv");
        Files.writeString(bad, "email,endDate\nada@acme.example,someday\n");
        Cli broken = scanAcme("directory.json", "2026-11-30", "--hr", "file", "--hr-setting", "HR_FILE=" + bad);
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("hr.csv line 2: endDate 'someday' is not a date");
        assertThat(dir.resolve("state")).doesNotExist();

        Cli typo = scanAcme("directory.json", "2026-11-30", "--hr", "file", "--hr-setting", "HR_FIEL=" + bad);
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("--hr-setting HR_FIEL is not a setting of the file HR source");
    }

    @Test
    void jsonOutputFollowsTheContractAndListsOpenFindings() throws Exception {
        scanAcme("history/directory-2026-08-03.json", "2026-08-03");
        Cli scan = scanAcme("directory.json", "2026-11-30", "--format", "json");

        assertThat(scan.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(scan.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("organisation", "asOf", "summary", "findings",
                "accepted");
        assertThat(json.get("organisation").asText()).isEqualTo("Acme Ltd");
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-30");
        assertThat(json.get("summary").get("open").asInt()).isEqualTo(json.get("findings").size());
        for (JsonNode finding : json.get("findings")) {
            assertThat(finding.fieldNames()).toIterable().containsExactly("id", "kind", "severity", "status", "roleId",
                    "relatedRoleId", "responsibilityId", "group", "activityId", "references", "documentId", "functionId",
                    "approvalId", "person", "message", "remediation", "firstSeen", "dueDate");
            assertThat(finding.get("status").asText()).isEqualTo("OPEN");
        }
        JsonNode raci = find(json, "RACI_NO_RESPONSIBLE");
        assertThat(raci.get("roleId").isNull()).isTrue();
        assertThat(raci.get("person").isNull()).isTrue();
        assertThat(raci.get("responsibilityId").asText()).isEqualTo("access-reviews");
        assertThat(raci.get("firstSeen").asText()).isEqualTo("2026-08-03");
        JsonNode conflict = find(json, "SEGREGATION_CONFLICT");
        assertThat(conflict.get("roleId").asText()).isEqualTo("isms-manager");
        assertThat(conflict.get("relatedRoleId").asText()).isEqualTo("internal-auditor");
        assertThat(find(json, "HOLDER_SUSPENDED").get("person").asText()).isEqualTo("carol@acme.example");
        JsonNode group = find(json, "GROUP_NOT_IN_DIRECTORY");
        assertThat(group.get("roleId").asText()).isEqualTo("security-training-lead");
        assertThat(group.get("group").asText()).isEqualTo("awareness-champions");
        assertThat(conflict.get("group").isNull()).isTrue();
        assertThat(conflict.get("references")).extracting(JsonNode::asText)
                .contains("ISO/IEC 27001:2022 A.5.3", "ISO/IEC 27001:2022 9.2");
        JsonNode function = find(json, "FUNCTION_NOT_ASSIGNED");
        assertThat(function.get("functionId").asText()).isEqualTo("soc2:executive-management");
        assertThat(function.get("references")).extracting(JsonNode::asText).containsExactly("SOC 2 CC1.3");

        assertThat(json.get("summary").get("accepted").asInt()).isEqualTo(1).isEqualTo(json.get("accepted").size());
        JsonNode accepted = json.get("accepted").get(0);
        assertThat(accepted.fieldNames()).toIterable().containsExactly("id", "kind", "severity", "status", "roleId",
                "relatedRoleId", "responsibilityId", "group", "activityId", "references", "documentId", "functionId",
                "approvalId", "person", "message", "remediation", "firstSeen", "dueDate", "exceptionId", "expires");
        assertThat(accepted.get("kind").asText()).isEqualTo("ROLE_CONCENTRATION");
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("exceptionId").asText()).isEqualTo("ada-holds-four-roles");
        assertThat(accepted.get("expires").asText()).isEqualTo("2027-05-31");
        assertThat(json.get("findings")).as("its exception expired on 2026-10-31: open again")
                .anyMatch(f -> f.get("kind").asText().equals("BACKUP_MISSING")
                        && f.get("roleId").asText().equals("it-admin"));
        assertThat(json.get("findings")).noneMatch(f -> f.get("kind").asText().equals("ROLE_CONCENTRATION"));
    }

    private static JsonNode find(JsonNode json, String kind) {
        for (JsonNode finding : json.get("findings")) {
            if (finding.get("kind").asText().equals(kind)) {
                return finding;
            }
        }
        throw new AssertionError("no " + kind);
    }

    @Test
    void anInvalidRolesFileExitsWithTwoAndNamesTheLineAndTheFix() throws Exception {
        Path roles = Files.writeString(dir.resolve("roles.yaml"), Files.readString(Path.of(ACME + "roles.yaml"))
                .replace("lastReviewed: 2026-03-01", "lastReviewed: 2026-13-01"));

        Cli scan = Cli.run("scan", "--directory", ACME + "directory.json", "--roles", roles.toString(),
                "--state", dir.resolve("state").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("2 problems in roles file",
                "roles.yaml:90:19: roles[1].lastReviewed: '2026-13-01' is not a date.",
                "roles.yaml:150:19: roles[5].lastReviewed: '2026-13-01' is not a date.",
                "Fix: write the date as YYYY-MM-DD");
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void aBrokenExportExitsWithTwoAndStoresNothing() throws Exception {
        Path export = Files.writeString(dir.resolve("people.csv"), "id,email,status\n1,ada@acme.example,GONE\n");

        Cli scan = Cli.run("scan", "--directory", export.toString(), "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("state").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("people.csv: row 2 (id 1): status 'GONE' is not one of ACTIVE, SUSPENDED, LEFT");
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void missingOptionsAndBadDatesAreUsageErrors() {
        Cli noRoles = Cli.run("scan", "--directory", ACME + "directory.json");
        assertThat(noRoles.exitCode()).isEqualTo(2);
        assertThat(noRoles.err()).contains("Missing required option: '--roles=FILE'");

        Cli badDate = scanAcme("directory.json", "30/11/2026");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("'30/11/2026' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void aScanDatedBeforeTheStoredOneIsRefusedWithExitTwo() {
        scanAcme("directory.json", "2026-11-30");

        Cli stale = scanAcme("directory.json", "2026-11-01");

        assertThat(stale.exitCode()).isEqualTo(2);
        assertThat(stale.err()).contains("scans must move forward in time");
    }

    @Test
    void aScanDatedMoreThanADayAheadOfTheClockIsRefusedUnlessSimulationsAreAllowed() {
        String future = java.time.LocalDate.now().plusDays(3).toString();

        Cli refused = scanAcme("directory.json", future);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("this scan is dated " + future + ", more than a day after today",
                "ROLECALL_ALLOW_FUTURE_AS_OF=1");
        assertThat(dir.resolve("state")).doesNotExist();

        Cli simulated = Cli.runWith(java.util.Map.of("ROLECALL_ALLOW_FUTURE_AS_OF", "1"), "scan", "--directory",
                ACME + "directory.json", "--roles", ACME + "roles.yaml", "--state", dir.resolve("state").toString(),
                "--as-of", future);
        assertThat(simulated.exitCode()).isZero();
        assertThat(simulated.out()).contains("as of " + future);
    }

    @Test
    void aDateWithMoreThanFourYearDigitsIsNotADate() {
        Cli scan = scanAcme("directory.json", "+10000-01-01");

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("'+10000-01-01' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void theChangeGuardHoldsAMassExodusWithExitThreeUntilAccepted() throws Exception {
        Path before = dir.resolve("before.csv");
        Path after = dir.resolve("after.csv");
        StringBuilder all = new StringBuilder("id,email,status\n");
        StringBuilder half = new StringBuilder("id,email,status\n");
        for (int i = 0; i < 40; i++) {
            all.append(i).append(",p").append(i).append("@acme.example,ACTIVE\n");
            if (i < 20) {
                half.append(i).append(",p").append(i).append("@acme.example,ACTIVE\n");
            }
        }
        Files.writeString(before, all);
        Files.writeString(after, half);
        String state = dir.resolve("state").toString();
        Cli.run("scan", "--directory", before.toString(), "--roles", ACME + "roles.yaml", "--state", state,
                "--as-of", "2026-11-01");

        Cli held = Cli.run("scan", "--directory", after.toString(), "--roles", ACME + "roles.yaml", "--state", state,
                "--as-of", "2026-11-02");
        assertThat(held.exitCode()).isEqualTo(3);
        assertThat(held.out()).isEmpty();
        assertThat(held.err()).contains("scan HELD", "20 of 40 previously active people (50.0%)",
                "--accept-directory-change");

        Cli accepted = Cli.run("scan", "--directory", after.toString(), "--roles", ACME + "roles.yaml",
                "--state", state, "--as-of", "2026-11-02", "--accept-directory-change");
        assertThat(accepted.exitCode()).isZero();
        assertThat(accepted.out()).contains("as of 2026-11-02");
    }

    @Test
    void helpIsAvailableOnEveryCommand() {
        for (String command : List.of("scan", "report", "raci", "init", "config", "bench")) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: rolecall " + command);
        }
        assertThat(Cli.run("--help").out()).contains("Exit codes:", "3   the directory change guard held the scan");
    }
}
