package io.rolecall.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.rolecall.core.framework.Clause;
import io.rolecall.core.framework.ClauseCheck;
import io.rolecall.core.framework.FrameworkPack;
import io.rolecall.core.framework.PackFunction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ten built-in packs: valid against the pack schema, every clause checked by something RoleCall detects. */
class BuiltInPacksTest {

    private static final List<String> IDS = BuiltInPacks.IDS;

    static List<String> ids() {
        return IDS;
    }
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(Path.of("../schema/framework.schema.json").toFile()));
    }

    @ParameterizedTest
    @MethodSource("ids")
    void eachPackMatchesTheSchemaAndEveryClauseHasAWorkingCheck(String id) throws IOException {
        JsonNode text = YAML.readTree(BuiltInPacks.text(id));
        assertThat(schema().validate(text)).as(id).isEmpty();

        FrameworkPack pack = BuiltInPacks.pack(id).orElseThrow();
        assertThat(pack.id()).isEqualTo(id);
        Set<String> functions = new HashSet<>();
        pack.functions().stream().map(PackFunction::id).forEach(functions::add);
        assertThat(pack.clauses()).as(id + " has clauses").isNotEmpty();
        for (Clause clause : pack.clauses()) {
            assertThat(clause.checks()).as(id + " " + clause.id()).isNotEmpty();
            for (ClauseCheck check : clause.checks()) {
                assertThat(check.kinds()).as(id + " " + clause.id()).isNotEmpty();
                assertThat(functions).as(id + " " + clause.id() + " names its own functions")
                        .containsAll(check.functions());
            }
        }
        Set<String> clauseIds = new HashSet<>();
        pack.clauses().forEach(clause -> assertThat(clauseIds.add(clause.id())).as(id + " " + clause.id()).isTrue());
    }

    @Test
    void theBuiltInPacksAnswerAtLeastFortyFiveClausesWithTheOnesTheIssueNames() {
        List<String> references = IDS.stream().flatMap(id -> BuiltInPacks.pack(id).orElseThrow().clauses().stream()
                .map(clause -> BuiltInPacks.pack(id).orElseThrow().reference(clause))).toList();

        assertThat(references).hasSizeGreaterThanOrEqualTo(45).doesNotHaveDuplicates();
        assertThat(references).contains("ISO/IEC 27001:2022 5.3", "ISO/IEC 27001:2022 A.5.3", "SOC 2 CC1.3",
                "SOC 2 CC2.2", "NIS2 Art. 20(1)", "DORA Art. 5(2)(c)", "HIPAA 164.308(a)(2)", "PCI DSS 12.5.3",
                "PCI DSS 1.1.2", "NIST CSF 2.0 GV.RR-02", "GDPR Art. 38(6)", "ISO/IEC 42001:2023 A.3.2");
    }

    @Test
    void theFrameworksPageListsEveryBuiltInClauseWithItsKinds() throws IOException {
        List<String> rows = java.nio.file.Files.readAllLines(Path.of("../docs/frameworks.md")).stream()
                .filter(line -> line.startsWith("| ")).toList();
        for (String id : IDS) {
            FrameworkPack pack = BuiltInPacks.pack(id).orElseThrow();
            for (Clause clause : pack.clauses()) {
                assertThat(rows).as(pack.reference(clause)).filteredOn(row -> row.startsWith("| "
                        + pack.reference(clause) + " |")).singleElement().satisfies(row -> clause.checks().stream()
                        .flatMap(check -> check.kinds().stream()).forEach(kind -> assertThat(row).contains(kind.name())));
            }
        }
    }

    @Test
    void aPackCheckNamingAnUnknownKindOrFunctionOrNoKindIsAProblemAtItsPlace() {
        String pack = """
                id: own
                title: Own
                version: '1'
                citation: Own
                functions:
                  - {id: lead, name: Lead}
                clauses:
                  - id: C-1
                    title: Something
                    checks:
                      - {kinds: [ROLE_UNASIGNED, ROLE_UNASSIGNED], functions: [leed]}
                      - {kinds: []}
                """;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BuiltInPacks.read(pack, "own.yaml"))
                .isInstanceOf(InvalidCatalogueException.class)
                .satisfies(e -> assertThat(((InvalidCatalogueException) e).problems())
                        .extracting(ConfigProblem::problem).containsExactly(
                                "'ROLE_UNASIGNED' is not a finding kind.",
                                "'leed' is not a function of this pack.",
                                "a check names at least one finding kind."));
    }
}
