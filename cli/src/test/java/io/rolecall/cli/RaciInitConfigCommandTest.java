package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaciInitConfigCommandTest {

    private static final String ROLES = "../examples/acme/roles.yaml";

    @TempDir
    Path dir;

    @Test
    void raciAsMarkdownShowsCurrentHoldersFromTheDirectory() {
        Cli raci = Cli.run("raci", "--roles", ROLES, "--directory", "../examples/acme/directory.json");

        assertThat(raci.exitCode()).isZero();
        assertThat(raci.out()).contains("| Responsibility | Top Management<br>Grace Hopper |",
                "Incident Response Lead<br>vacant",
                "| Perform information security risk assessments<br>ISO/IEC 27001:2022 6.1.2, 8.2 |",
                "### Incident Response Lead\n\nVacant. Reports to: ISMS Manager.\n",
                "Authorities:\n\n- Declare a security incident and call in anyone needed to handle it\n");
    }

    @Test
    void raciAsHtmlListsEveryRoleWithItsDutiesAuthoritiesAndReportingLine() {
        Cli raci = Cli.run("raci", "--roles", ROLES, "--directory", "../examples/acme/directory.json", "--format",
                "html");

        assertThat(raci.exitCode()).isZero();
        assertThat(raci.out()).contains("<h2 style=\"font-size:17px;margin:24px 0 8px\">Roles</h2>",
                "Held by Ada Lovelace; reports to Top Management.",
                "<li>Require any team to fix a nonconformity by an agreed date</li>");
    }

    @Test
    void raciWithoutADirectoryShowsTheListedHolders() {
        Cli raci = Cli.run("raci", "--roles", ROLES, "--format", "csv");

        assertThat(raci.exitCode()).isZero();
        String[] lines = raci.out().split("\r?\n");
        assertThat(lines[0]).startsWith("responsibility_id,responsibility,reference,top-management,isms-manager");
        assertThat(lines[1]).startsWith("\"\",holders,,grace@acme.example,ada@acme.example");
        assertThat(lines[1]).contains(",\"henry@acme.example, ivy@acme.example\",");
        assertThat(lines[2]).startsWith("isms-operation,Maintain the ISMS and report its performance,"
                + "\"ISO/IEC 27001:2022 5.3, 9.3\",A,R,C");
    }

    @Test
    void raciAsHtmlIsAPage() {
        Cli raci = Cli.run("raci", "--roles", ROLES, "--format", "html");

        assertThat(raci.out()).startsWith("<!DOCTYPE html>").contains("RACI matrix: Acme Ltd");
    }

    @Test
    void initWritesAValidStarterAndNeverOverwritesWithoutForce() throws Exception {
        Path roles = dir.resolve("roles.yaml");

        Cli init = Cli.run("init", "--organisation", "Zoë's Startup", "--output", roles.toString());
        assertThat(init.exitCode()).isZero();
        assertThat(Files.readString(roles)).contains("organisation: \"Zoë's Startup\"");
        assertThat(Cli.run("config", "check", roles.toString()).out())
                .contains("is valid: Zoë's Startup, 10 roles, 3 conflicts, 11 responsibilities");

        Files.writeString(roles, "my careful edits");
        Cli again = Cli.run("init", "--output", roles.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists and was left as it is");
        assertThat(Files.readString(roles)).isEqualTo("my careful edits");
    }

    @Test
    void configCheckListsEveryProblem() throws Exception {
        Path roles = Files.writeString(dir.resolve("roles.yaml"), """
                version: 1
                organisation: X
                reporting: {complianceManagerRole: a, leadershipRole: b}
                roles:
                  - {id: a, name: A, primary: [not-an-email]}
                """);

        Cli check = Cli.run("config", "check", roles.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("2 problems", "roles.yaml:5:32: roles[0].primary[0]: 'not-an-email' is not an email address (no @).",
                "roles.yaml:3:55: reporting.leadershipRole: 'b' is not a role id defined under 'roles'.",
                "Fix: use one of: a; or add a role with id: b.");
    }
}
