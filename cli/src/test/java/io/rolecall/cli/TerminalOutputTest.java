package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command prints carries no terminal escapes, whatever the directory holds, and usage errors stay short. */
class TerminalOutputTest {

    @TempDir
    Path dir;

    @Test
    void directoryStringsReachTheTerminalWithoutControlCharacters() throws Exception {
        Path export = Files.writeString(dir.resolve("people.json"), """
                {"people": [
                  {"id": "1", "email": "ada@acme.example", "name": "Ada\\u001b[2J\\u001b]0;pwned\\u0007 Lovelace\\r", "status": "LEFT"},
                  {"id": "2", "email": "bob@acme.example", "name": "Bob \\u202egnp.exe", "status": "SUSPENDED"}
                ]}""");
        Path roles = Files.writeString(dir.resolve("roles.yaml"), """
                version: 1
                organisation: "Acme\\e[31m Ltd"
                reporting: {complianceManagerRole: isms, leadershipRole: isms}
                roles:
                  - {id: isms, name: ISMS, primary: [ada@acme.example, bob@acme.example]}
                """);

        Cli scan = Cli.run("scan", "--directory", export.toString(), "--roles", roles.toString(), "--state",
                dir.resolve("state").toString());

        assertThat(scan.exitCode()).isZero();
        assertThat(scan.out()).contains("Ada[2J]0;pwned Lovelace", "Bob gnp.exe", "RoleCall scan: Acme[31m Ltd");
        assertThat(scan.out() + scan.err()).doesNotContain("\u001b", "\u0007", "\r", "\u202e");

        // Machine formats are read by programs: what the directory holds arrives exactly, escaped as the format says.
        Cli json = Cli.run("findings", "--state", dir.resolve("state").toString(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).toString())
                .contains("Bob \u202egnp.exe");
        Cli csv = Cli.run("findings", "--state", dir.resolve("state").toString(), "--format", "csv");
        assertThat(csv.out()).contains("Bob \u202egnp.exe").contains("\r\n");
    }

    @Test
    void aUsageErrorIsOneLineAndAHintNotTheWholeUsage() {
        Cli missing = Cli.run("scan", "--directory", "x.json");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).containsExactly("rolecall: Missing required option: '--roles=FILE'",
                "Try 'rolecall scan --help' for more information.");

        Cli typo = Cli.run("scan", "--directory", "x.json", "--roles", "roles.yaml", "--formt", "json");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err().lines()).hasSize(2).first().asString()
                .isEqualTo("rolecall: unknown option '--formt' for 'rolecall scan'; did you mean --format?");
        assertThat(Cli.run("raport").err().lines()).hasSize(2);
    }

    @Test
    void helpHasNoColourEscapes() {
        assertThat(Cli.run("scan", "--help").out()).doesNotContain("\u001b");
    }
}
