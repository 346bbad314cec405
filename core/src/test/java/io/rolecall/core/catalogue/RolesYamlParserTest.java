package io.rolecall.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.model.Severity;
import io.rolecall.core.model.Email;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolesYamlParserTest {

    private static final String MINIMAL = """
            version: 1
            organisation: Acme Ltd
            reporting:
              complianceManagerRole: isms-manager
              leadershipRole: top-management
            roles:
              - id: isms-manager
                name: ISMS Manager
                primary: [ada@acme.example]
              - id: top-management
                name: Top Management
                primary: [grace@acme.example]
            """;

    @Test
    void parsesTheBundledAcmeExample() throws IOException {
        String text = Files.readString(Path.of("../examples/acme/roles.yaml"));

        RoleCatalogue catalogue = RolesYamlParser.parse(text, "roles.yaml");

        assertThat(catalogue.organisation()).isEqualTo("Acme Ltd");
        assertThat(catalogue.roles()).hasSize(10);
        assertThat(catalogue.conflicts()).extracting(Conflict::id).contains("isms-manager+internal-auditor");
        assertThat(catalogue.reporting().alsoNotify()).containsExactly(Email.of("security@acme.example"));
        Role riskOwner = catalogue.role("risk-owner").orElseThrow();
        assertThat(riskOwner.backup()).containsExactly(new HolderRef.PersonRef(Email.of("mary.jones@acme.example")));
        Role isms = catalogue.role("isms-manager").orElseThrow();
        assertThat(isms.backup()).containsExactly(new HolderRef.GroupRef("isms-deputies"));
        assertThat(isms.lastReviewed()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(catalogue.role("top-management").orElseThrow().backupRequired()).isFalse();
    }

    @Test
    void omittedPolicyAndOptionalFieldsTakeTheirDefaults() {
        RoleCatalogue catalogue = RolesYamlParser.parse(MINIMAL, "roles.yaml");

        assertThat(catalogue.policy()).isEqualTo(Policy.DEFAULT);
        assertThat(catalogue.policy().dueDaysFor(Severity.CRITICAL)).isEqualTo(7);
        Role role = catalogue.role("isms-manager").orElseThrow();
        assertThat(role.backupRequired()).isTrue();
        assertThat(role.backup()).isEmpty();
        assertThat(role.lastReviewed()).isNull();
        assertThat(catalogue.conflicts()).isEmpty();
        assertThat(catalogue.responsibilities()).isEmpty();
    }

    @Test
    void aPartialPolicyKeepsTheOtherDefaults() {
        RoleCatalogue catalogue = RolesYamlParser.parse(MINIMAL + """
                policy:
                  leavingSoonDays: 45
                  dueDays: {HIGH: 10}
                """, "roles.yaml");

        assertThat(catalogue.policy().leavingSoonDays()).isEqualTo(45);
        assertThat(catalogue.policy().maxPrimaryRolesPerPerson()).isEqualTo(3);
        assertThat(catalogue.policy().dueDaysFor(Severity.HIGH)).isEqualTo(10);
        assertThat(catalogue.policy().dueDaysFor(Severity.LOW)).isEqualTo(90);
    }

    @Test
    void anUnknownKeyIsReportedWithItsLineAndTheClosestKnownKey() {
        List<ConfigProblem> problems = problemsOf(MINIMAL.replace("    primary: [grace@acme.example]",
                "    primary: [grace@acme.example]\n    backupRequird: false"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("roles.yaml");
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.path()).isEqualTo("roles[1].backupRequird");
            assertThat(p.problem()).contains("unknown key 'backupRequird'");
            assertThat(p.fix()).contains("did you mean 'backupRequired'?");
        });
        assertThat(problems.get(0).toString()).startsWith("roles.yaml:13:5: roles[1].backupRequird: unknown key");
    }

    @Test
    void aDuplicateRoleIdNamesTheLineOfTheFirst() {
        List<ConfigProblem> problems = problemsOf(MINIMAL + """
                  - id: isms-manager
                    name: Another
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.path()).isEqualTo("roles[2].id");
            assertThat(p.problem()).isEqualTo("the role id 'isms-manager' is already used on line 7.");
        });
    }

    @Test
    void referencesToUnknownRolesAreReportedWhereverTheyAre() {
        List<ConfigProblem> problems = problemsOf(MINIMAL.replace("leadershipRole: top-management",
                "leadershipRole: ceo") + """
                conflicts:
                  - roles: [isms-manager, internal-auditor]
                    reason: no self-audit
                responsibilities:
                  - id: risk-assessment
                    name: Assess risks
                    responsible: [risk-owner]
                    accountable: [isms-manager]
                """);

        assertThat(problems).extracting(ConfigProblem::path).containsExactlyInAnyOrder(
                "reporting.leadershipRole", "conflicts[0].roles[1]", "responsibilities[0].responsible[0]");
        assertThat(problems).allSatisfy(p -> assertThat(p.fix()).contains("use one of: isms-manager, top-management"));
        assertThat(problems).extracting(ConfigProblem::line).containsExactlyInAnyOrder(5, 14, 19);
    }

    @Test
    void aBadDateSaysTheExpectedFormat() {
        List<ConfigProblem> problems = problemsOf(MINIMAL + "    lastReviewed: 01/03/2026\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("roles[1].lastReviewed");
            assertThat(p.problem()).isEqualTo("'01/03/2026' is not a date.");
            assertThat(p.fix()).contains("YYYY-MM-DD");
            assertThat(p.line()).isEqualTo(13);
        });
    }

    @Test
    void aBadEmailOrAnEmptyGroupIsReportedPerEntry() {
        List<ConfigProblem> problems = problemsOf(MINIMAL.replace("primary: [ada@acme.example]",
                "primary: [ada@acme, 'group:', ada at acme.example]"));

        assertThat(problems).extracting(ConfigProblem::path)
                .containsExactly("roles[0].primary[0]", "roles[0].primary[1]", "roles[0].primary[2]");
        assertThat(problems.get(0).problem()).isEqualTo("'ada@acme' is not an email address (no dot in the domain).");
        assertThat(problems.get(0).fix()).contains("name@domain, or group:<name>");
        assertThat(problems.get(1).problem()).isEqualTo("the group name is empty.");
    }

    @Test
    void aHolderListedTwiceIsReportedEvenInAnotherCase() {
        List<ConfigProblem> problems = problemsOf(MINIMAL.replace("primary: [ada@acme.example]",
                "primary: [ada@acme.example, ADA@acme.example]"));

        assertThat(problems).singleElement().extracting(ConfigProblem::problem)
                .isEqualTo("'ada@acme.example' is listed twice.");
    }

    @Test
    void missingRequiredFieldsAreEachReported() {
        List<ConfigProblem> problems = problemsOf("""
                version: 1
                roles:
                  - id: isms-manager
                    primary: []
                """);

        assertThat(problems).extracting(ConfigProblem::path)
                .containsExactlyInAnyOrder("organisation", "reporting", "roles[0].name");
    }

    @Test
    void aScalarWhereAListBelongsSaysHowToWriteTheList() {
        List<ConfigProblem> problems = problemsOf(MINIMAL.replace("primary: [ada@acme.example]",
                "primary: ada@acme.example"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.problem()).isEqualTo("expected a list, found 'ada@acme.example'.");
            assertThat(p.fix()).contains("primary: [ada@acme.example, group:isms-deputies]");
        });
    }

    @Test
    void aConflictMustNameExactlyTwoDifferentRoles() {
        List<ConfigProblem> problems = problemsOf(MINIMAL + """
                conflicts:
                  - roles: [isms-manager, top-management, isms-manager]
                    reason: too many
                  - roles: [isms-manager, isms-manager]
                    reason: the same twice
                """);

        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.problem())
                .startsWith("a conflict names exactly two different roles"));
    }

    @Test
    void invalidYamlSyntaxIsReportedWithItsLine() {
        List<ConfigProblem> problems = problemsOf("version: 1\norganisation: [Acme\nroles: []\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.problem()).startsWith("this is not valid YAML");
            assertThat(p.line()).isGreaterThan(1);
        });
    }

    @Test
    void aRepeatedKeyIsAnError() {
        List<ConfigProblem> problems = problemsOf(MINIMAL + "organisation: Other Ltd\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.problem()).isEqualTo("the key 'organisation' appears twice.");
            assertThat(p.line()).isEqualTo(13);
        });
    }

    @Test
    void aDeeplyNestedFileIsTooDeepNotAStackOverflow() {
        String deep = MINIMAL.replace("primary: [ada@acme.example]", "primary: " + "[".repeat(100_000)
                + "]".repeat(100_000));

        assertThat(problemsOf(deep)).singleElement().satisfies(p -> {
            assertThat(p.problem()).isEqualTo("the file is nested too deep (more than 16 levels).");
            assertThat(p.line()).isEqualTo(9);
        });
        StringBuilder blocks = new StringBuilder("version: 1\n");
        for (int i = 0; i < 500; i++) {
            blocks.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThat(problemsOf(blocks.toString())).singleElement().extracting(ConfigProblem::problem)
                .isEqualTo("the file is nested too deep (more than 16 levels).");
    }

    @Test
    void aDeeplyNestedRolesFileOrPackFileIsTooDeepBeforeItsPackFilesAreLookedFor() {
        String deep = MINIMAL.replace("primary: [ada@acme.example]", "primary: " + "[".repeat(100_000)
                + "]".repeat(100_000)) + "frameworks: [own.yaml]\n";

        assertThat(PackFiles.named(deep)).as("left to the parser, which says it is too deep").isEmpty();
        assertThat(problemsOf(deep)).singleElement().extracting(ConfigProblem::problem)
                .isEqualTo("the file is nested too deep (more than 16 levels).");

        String deepPack = "id: own\ntitle: Own\nversion: '1'\nclauses: " + "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> BuiltInPacks.read(deepPack, "own.yaml")).isInstanceOf(InvalidCatalogueException.class)
                .satisfies(e -> assertThat(((InvalidCatalogueException) e).problems()).singleElement()
                        .extracting(ConfigProblem::problem)
                        .isEqualTo("the pack is nested too deep (more than 16 levels)."));
        String largePack = "id: own\n# " + "x".repeat(2 * 1024 * 1024) + "\n";
        assertThatThrownBy(() -> BuiltInPacks.read(largePack, "own.yaml")).isInstanceOf(InvalidCatalogueException.class)
                .satisfies(e -> assertThat(((InvalidCatalogueException) e).problems()).singleElement()
                        .extracting(ConfigProblem::problem).isEqualTo("the pack is too large (2.0 MB, limit 1 MB)."));
    }

    @Test
    void anIncompleteEscapeInADoubleQuotedValueIsAProblemNotACrash() {
        String text = "version: 1\norganisation: \"Acme \\x";

        assertThat(problemsOf(text)).singleElement().satisfies(p -> {
            assertThat(p.problem()).contains("not valid YAML", "escape sequence");
            assertThat(p.fix()).contains("single quotes");
        });
        assertThatThrownBy(() -> BuiltInPacks.read("id: own\ntitle: \"\\u", "own.yaml"))
                .isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithItsSize() {
        String large = MINIMAL + "# " + "x".repeat(3 * 1024 * 1024) + "\n";

        assertThat(problemsOf(large)).singleElement().extracting(ConfigProblem::problem)
                .isEqualTo("the file is too large (3.0 MB, limit 2 MB).");
    }

    @Test
    void holderEmailsArePlainAddresses() {
        List<ConfigProblem> problems = problemsOf(MINIMAL.replace("primary: [ada@acme.example]",
                "primary: ['Ada <ada@acme.example>', 'ada,bob@acme.example', \"ada\\u200b@acme.example\"]"));

        assertThat(problems).extracting(ConfigProblem::problem).containsExactly(
                "'Ada <ada@acme.example>' is not an email address (a space is not allowed before the @).",
                "'ada,bob@acme.example' is not an email address (',' is not allowed before the @).",
                "'adaU+200B@acme.example' is not an email address (the invisible character U+200B is not allowed "
                        + "before the @).");
    }

    @Test
    void anUnsupportedVersionIsRefused() {
        assertThat(problemsOf(MINIMAL.replace("version: 1", "version: 2")))
                .singleElement().extracting(ConfigProblem::problem)
                .isEqualTo("version 2 is not supported by this RoleCall.");
    }

    @Test
    void policyNumbersMustBeWholeAndInRange() {
        List<ConfigProblem> problems = problemsOf(MINIMAL + """
                policy:
                  maxPrimaryRolesPerPerson: 0
                  reviewEveryMonths: twelve
                  directoryChangeGuard: {maxLeaversPercent: 150}
                  dueDays: {URGENT: 3}
                """);

        assertThat(problems).extracting(ConfigProblem::path).containsExactly("policy.maxPrimaryRolesPerPerson",
                "policy.reviewEveryMonths", "policy.directoryChangeGuard.maxLeaversPercent", "policy.dueDays.URGENT");
    }

    @Test
    void anEmptyFileSaysWhereToStart() {
        assertThat(problemsOf("# nothing here\n")).singleElement().satisfies(p -> {
            assertThat(p.problem()).isEqualTo("the file is empty.");
            assertThat(p.fix()).contains("starter catalogue");
        });
    }

    @Test
    void theExceptionMessageListsEveryProblem() {
        assertThatThrownBy(() -> RolesYamlParser.parse(MINIMAL.replace("name: ISMS Manager", "name: ISMS Manager\n    colour: red")
                        .replace("primary: [grace@acme.example]", "primary: [grace]"), "my-roles.yaml"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("2 problems in roles file")
                .hasMessageContaining("my-roles.yaml:9:5: roles[0].colour: unknown key 'colour'.")
                .hasMessageContaining("my-roles.yaml:13:15: roles[1].primary[0]: 'grace' is not an email address (no @).");
    }

    @Test
    void theStarterCatalogueIsValidAndCarriesTheOrganisationVerbatim() {
        String organisation = "Zoë's \"Quoted\" Co: #1";

        RoleCatalogue catalogue = RolesYamlParser.parse(StarterCatalogue.yaml(organisation), "roles.yaml");

        assertThat(catalogue.organisation()).isEqualTo(organisation);
        assertThat(catalogue.roles()).extracting(Role::id).containsExactly("top-management", "isms-manager",
                "risk-owner", "security-training-lead", "incident-response-lead", "internal-auditor", "it-admin",
                "people-lead", "asset-owner", "data-protection-lead");
        assertThat(catalogue.responsibilities()).allSatisfy(r -> {
            assertThat(r.accountable()).hasSize(1);
            assertThat(r.responsible()).isNotEmpty();
            assertThat(r.reference()).startsWith("ISO/IEC 27001:2022");
        });
        assertThat(catalogue.roles()).allSatisfy(role -> assertThat(role.authorities()).isNotEmpty());
        assertThat(catalogue.roles()).filteredOn(role -> role.reportsTo() == null).extracting(Role::id)
                .containsExactly("top-management");
        assertThat(catalogue.roles()).filteredOn(role -> role.questions().size() >= 2).hasSizeGreaterThanOrEqualTo(2);
        assertThat(catalogue.policy().acknowledgement()).isEqualTo(AcknowledgementPolicy.DEFAULT);
    }

    private static List<ConfigProblem> problemsOf(String yaml) {
        try {
            RolesYamlParser.parse(yaml, "roles.yaml");
        } catch (InvalidCatalogueException e) {
            return e.problems();
        }
        throw new AssertionError("expected the catalogue to be rejected");
    }
}
