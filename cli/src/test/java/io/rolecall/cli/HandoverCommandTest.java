package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.handover.Handover;
import io.rolecall.infra.local.LocalStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'rolecall handover list|cancel|patch' over a state in which a scan proposed a handover. */
class HandoverCommandTest {

    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@test.example], backupRequired: false}
              - id: isms-manager
                name: ISMS Manager
                primary: [ada@test.example]
                backup: [bea@test.example]
              - id: risk-owner   # keeps the register
                name: Risk Owner
                primary:
                  - mary@test.example    # leaves in December
                backup:
                  - gina@test.example
                  - bea@test.example
              - {id: dpo, name: DPO, primary: [ivy@test.example], backup: [bea@test.example, gina@test.example]}
            """;

    @TempDir
    Path dir;

    private final Map<String, String> environment = Map.of("ROLECALL_ALLOW_FUTURE_AS_OF", "1");

    private Cli rolecall(String... args) {
        return Cli.runWith(environment, args);
    }

    private static String person(String email, String name, String endDate) {
        return "{\"id\": \"" + email + "\", \"email\": \"" + email + "\", \"name\": \"" + name + "\", \"status\": "
                + "\"ACTIVE\"" + (endDate == null ? "" : ", \"endDate\": \"" + endDate + "\"") + "}";
    }

    @BeforeEach
    void scan() throws Exception {
        Files.writeString(dir.resolve("roles.yaml"), ROLES);
        Files.writeString(dir.resolve("people.json"), "{\"people\": [" + String.join(",",
                person("ceo@test.example", "Cleo", null), person("ada@test.example", "Ada", null),
                person("bea@test.example", "Bea", null), person("gina@test.example", "Gina", null),
                person("mary@test.example", "Mary Jones", "2026-12-11"),
                person("ivy@test.example", "Ivy", "2026-12-18")) + "]}");
        Cli scan = rolecall("scan", "--directory", dir.resolve("people.json").toString(), "--roles",
                dir.resolve("roles.yaml").toString(), "--state", state(), "--as-of", "2026-11-30");
        assertThat(scan.exitCode()).as(scan.err()).isIn(0, 1);
    }

    private String state() {
        return dir.resolve("state").toString();
    }

    private void accept(String roleId) {
        try (LocalStorage local = LocalStorage.openForRecording(dir.resolve("state"))) {
            Handover proposed = local.storage().handovers().all().stream().filter(h -> h.roleId().equals(roleId))
                    .findFirst().orElseThrow();
            local.storage().handovers().transition(proposed.accepted("v", Instant.parse("2026-11-30T10:00:00Z")),
                    Handover.Status.PROPOSED);
        }
    }

    @Test
    void listGivesTheJsonContractExactly() throws Exception {
        accept("risk-owner");
        Cli list = rolecall("handover", "list", "--state", state(), "--format", "json");

        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(list.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("handovers");
        assertThat(json.path("handovers")).hasSize(2);
        JsonNode first = json.path("handovers").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "role", "from", "to", "effective", "status",
                "acceptedAt");
        assertThat(first.path("id").asText()).matches("HO-[0-9A-F]{8}");
        assertThat(first.path("role").asText()).isEqualTo("risk-owner");
        assertThat(first.path("from").asText()).isEqualTo("mary@test.example");
        assertThat(first.path("to").asText()).isEqualTo("gina@test.example");
        assertThat(first.path("effective").asText()).isEqualTo("2026-12-11");
        assertThat(first.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(first.path("acceptedAt").asText()).isEqualTo("2026-11-30T10:00:00Z");
        JsonNode second = json.path("handovers").get(1);
        assertThat(second.path("to").asText()).as("DPO's first backup").isEqualTo("bea@test.example");
        assertThat(second.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(second.path("acceptedAt").isNull()).isTrue();

        assertThat(rolecall("handover", "list", "--state", state()).out()).contains("ACCEPTED",
                "risk-owner: mary@test.example -> gina@test.example, from 2026-12-11, accepted 2026-11-30T10:00:00Z");
    }

    @Test
    void patchWritesTheAcceptedHandoverInAndKeepsEverythingElse() {
        accept("risk-owner");
        Cli patch = rolecall("handover", "patch", "--roles", dir.resolve("roles.yaml").toString(), "--state",
                state());

        assertThat(patch.exitCode()).as(patch.err()).isZero();
        assertThat(patch.out()).isEqualTo(ROLES.replace("  - mary@test.example    # leaves in December",
                "  - gina@test.example    # leaves in December").replace("""
                      - gina@test.example
                      - bea@test.example
                """, """
                      - bea@test.example
                """));
        assertThat(patch.err()).contains("wrote in HO-");
    }

    @Test
    void cancelNeedsANoteAndOnlyCallsOffOpenHandovers() throws Exception {
        String id = new ObjectMapper().readTree(rolecall("handover", "list", "--state", state(), "--format", "json")
                .out()).path("handovers").get(0).path("id").asText();

        Cli blank = rolecall("handover", "cancel", id, "--note", " ", "--state", state());
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).contains("say why the handover is called off");

        Cli cancel = rolecall("handover", "cancel", id, "--note", "Mary stays on", "--state", state());
        assertThat(cancel.exitCode()).as(cancel.err()).isZero();
        assertThat(cancel.out()).contains("Cancelled " + id, "Mary stays on");

        Cli again = rolecall("handover", "cancel", id, "--note", "again", "--state", state());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(id + " is CANCELLED already");
        assertThat(rolecall("handover", "cancel", "HO-00000000", "--note", "x", "--state", state()).err())
                .contains("there is no handover HO-00000000");
    }
}
