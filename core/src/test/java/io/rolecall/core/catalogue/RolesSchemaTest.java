package io.rolecall.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON Schema shipped for editors must accept what RoleCall accepts and flag typos. */
class RolesSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try {
            JsonNode schema = new ObjectMapper().readTree(Path.of("../schema/roles.schema.json").toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        return SCHEMA.validate(YAML.readTree(yaml));
    }

    @Test
    void theAcmeExampleMatchesTheSchema() throws IOException {
        assertThat(validate(Files.readString(Path.of("../examples/acme/roles.yaml")))).isEmpty();
    }

    @Test
    void theStarterCatalogueMatchesTheSchema() throws IOException {
        assertThat(validate(StarterCatalogue.yaml("Acme Ltd"))).isEmpty();
    }

    @Test
    void theSchemaFlagsAMisspeltKeyABadEmailAndAThreeRoleConflict() throws IOException {
        Set<ValidationMessage> problems = validate("""
                version: 1
                organisation: Acme
                reporting: {complianceManagerRole: isms-manager, leadershipRole: top}
                roles:
                  - {id: isms-manager, name: ISMS, primary: [ada@acme], backupRequird: false}
                conflicts:
                  - {roles: [a, b, c], reason: x}
                """);

        assertThat(problems).extracting(p -> p.getInstanceLocation().toString())
                .contains("$.roles[0].primary[0]", "$.conflicts[0].roles");
        assertThat(problems).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("backupRequird"));
    }

    @Test
    void theSchemaKnowsAuthoritiesReportingLinesAcknowledgementAndQuestions() throws IOException {
        String roles = """
                version: 1
                organisation: Acme
                reporting: {complianceManagerRole: isms-manager, leadershipRole: top}
                policy:
                  acknowledgement: {required: true, dueDays: 14, everyMonths: 12, remindEveryDays: 7}
                roles:
                  - id: isms-manager
                    name: ISMS
                    authorities: [Stop a release]
                    reportsTo: top
                    acknowledgement: {everyMonths: 6}
                    questions:
                      - {question: "Who stops a release?", options: [Anyone, The ISMS manager], answer: The ISMS manager}
                  - {id: top, name: Top}
                """;

        assertThat(validate(roles)).isEmpty();
        assertThat(validate(roles.replace("everyMonths: 6", "everyMonth: 6")
                .replace("answer: The ISMS manager}", "answer: The ISMS manager, hint: x}")))
                .extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("everyMonth")).anyMatch(m -> m.contains("hint"));
    }
}
