package io.rolecall.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * roles.yaml and a framework pack are each one contract: every object the JSON Schema describes has exactly
 * the keys the parser accepts at that place, and every object of the schema is held to a parser list here, so
 * a key added to one side only, or a new object in the schema, fails this test.
 */
class SchemaParserAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> KINDS = Arrays.stream(FindingKind.values()).map(Enum::name).toList();
    private static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Enum::name).toList();

    @Test
    void rolesYamlSchemaAndParserAcceptTheSameKeysEverywhere() throws IOException {
        Map<String, Collection<String>> parser = new TreeMap<>();
        parser.put("$", RolesYamlParser.ROOT_KEYS);
        parser.put("$.reporting", RolesYamlParser.REPORTING_KEYS);
        parser.put("$.policy", RolesYamlParser.POLICY_KEYS);
        parser.put("$.policy.directoryChangeGuard", RolesYamlParser.GUARD_KEYS);
        parser.put("$.policy.dueDays", SEVERITIES);
        parser.put("$.policy.nonconformities", ExceptionsYaml.NONCONFORMITY_KEYS);
        parser.put("$.activities[]", CalendarYaml.ACTIVITY_KEYS);
        parser.put("$.roles[]", RolesYamlParser.ROLE_KEYS);
        parser.put("$.roles[].training", CalendarYaml.TRAINING_KEYS);
        parser.put("$.roles[].questions[]", DutiesYaml.QUESTION_KEYS);
        parser.put("$.conflicts[]", RolesYamlParser.CONFLICT_KEYS);
        parser.put("$.responsibilities[]", RolesYamlParser.RESPONSIBILITY_KEYS);
        parser.put("#acknowledgement", DutiesYaml.ACKNOWLEDGEMENT_KEYS);
        parser.put("#exception", ExceptionsYaml.EXCEPTION_KEYS);
        parser.put("#holderCount", RoleRulesYaml.HOLDERS_KEYS);
        parser.put("#match", RoleRulesYaml.ROLE_MATCH_KEYS);
        parser.put("#eligibility", RoleRulesYaml.ELIGIBILITY_KEYS);
        parser.put("#authorityNotice", RoleRulesYaml.AUTHORITY_KEYS);
        parser.put("#severities", KINDS);
        parser.put("#document", DocumentsYaml.KEYS);
        parser.put("#approval", ApprovalsYaml.KEYS);
        parser.put("$.delivery", DeliveryYaml.KEYS);
        parser.put("$.delivery.slack", DeliveryYaml.SLACK_KEYS);
        parser.put("$.delivery.teams", DeliveryYaml.TEAMS_KEYS);
        parser.put("$.delivery.jira", DeliveryYaml.JIRA_KEYS);

        JsonNode schema = JSON.readTree(Path.of("../schema/roles.schema.json").toFile());
        assertAgree(schema, parser);
        assertThat(strings(schema.at("/$defs/kind/enum"))).containsExactlyInAnyOrderElementsOf(KINDS);
    }

    @Test
    void frameworkSchemaAndPackParserAcceptTheSameKeysEverywhere() throws IOException {
        Map<String, Collection<String>> parser = new TreeMap<>();
        parser.put("$", FrameworkPackYaml.ROOT_KEYS);
        parser.put("$.evidence", FrameworkPackYaml.EVIDENCE_FILES);
        parser.put("#function", FrameworkPackYaml.FUNCTION_KEYS);
        parser.put("#function.activity", FrameworkPackYaml.ACTIVITY_KEYS);
        parser.put("#clause", FrameworkPackYaml.CLAUSE_KEYS);
        parser.put("#check", FrameworkPackYaml.CHECK_KEYS);
        parser.put("#holderCount", RoleRulesYaml.HOLDERS_KEYS);
        parser.put("#match", RoleRulesYaml.PACK_MATCH_KEYS);
        parser.put("#eligibility", RoleRulesYaml.ELIGIBILITY_KEYS);
        parser.put("#authorityNotice", RoleRulesYaml.AUTHORITY_KEYS);
        parser.put("#severities", KINDS);

        JsonNode schema = JSON.readTree(Path.of("../schema/framework.schema.json").toFile());
        assertAgree(schema, parser);
        assertThat(strings(schema.at("/$defs/kind/enum"))).containsExactlyInAnyOrderElementsOf(KINDS);
    }

    private static void assertAgree(JsonNode schema, Map<String, Collection<String>> parser) {
        Map<String, TreeSet<String>> objects = new TreeMap<>();
        walk(schema, "$", objects);
        schema.path("$defs").fields().forEachRemaining(def -> walk(def.getValue(), "#" + def.getKey(), objects));
        assertThat(objects.keySet()).as("objects of the schema, each held to a parser list")
                .containsExactlyInAnyOrderElementsOf(parser.keySet());
        objects.forEach((path, keys) -> assertThat(keys).as(path)
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(parser.get(path))));
    }

    /** Every object the schema closes with properties, by its path: "$.roles[]", "#match". */
    private static void walk(JsonNode node, String path, Map<String, TreeSet<String>> objects) {
        if (!node.isObject() || node.has("$ref")) {
            return;
        }
        if (node.has("properties")) {
            assertThat(node.path("additionalProperties").asBoolean(true)).as(path + " refuses unknown keys").isFalse();
            TreeSet<String> keys = new TreeSet<>();
            node.get("properties").fields().forEachRemaining(property -> {
                keys.add(property.getKey());
                walk(property.getValue(), path + "." + property.getKey(), objects);
            });
            objects.put(path, keys);
        }
        if (node.has("items")) {
            walk(node.get("items"), path + "[]", objects);
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            node.path(combinator).forEach(option -> walk(option, path, objects));
        }
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
