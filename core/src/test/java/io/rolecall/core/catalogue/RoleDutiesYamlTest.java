package io.rolecall.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Authorities, reporting lines, acknowledgement policies and questions in roles.yaml. */
class RoleDutiesYamlTest {

    private static final String HEAD = """
            version: 1
            organisation: Acme Ltd
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            """;

    private static final String ROLES = HEAD + """
            policy:
              acknowledgement: {dueDays: 10, remindEveryDays: 3}
            roles:
              - id: top-management
                name: Top Management
              - id: isms-manager
                name: ISMS Manager
                reportsTo: top-management
                duties: [Keep the ISMS]
                authorities: [Stop a release that has an open critical vulnerability]
                acknowledgement: {everyMonths: 6}
                questions:
                  - question: Who may stop a release?
                    options: [Anyone, The ISMS manager, Nobody]
                    answer: The ISMS manager
              - id: incident-response-lead
                name: Incident Response Lead
                reportsTo: isms-manager
                acknowledgement: {required: false}
            """;

    private static List<ConfigProblem> problemsOf(String yaml) {
        return catchThrowableOfType(InvalidCatalogueException.class, () -> RolesYamlParser.parse(yaml, "roles.yaml"))
                .problems();
    }

    @Test
    void authoritiesReportingLinesQuestionsAndAcknowledgementSettingsAreRead() {
        RoleCatalogue catalogue = RolesYamlParser.parse(ROLES, "roles.yaml");

        Role isms = catalogue.role("isms-manager").orElseThrow();
        assertThat(isms.authorities()).containsExactly("Stop a release that has an open critical vulnerability");
        assertThat(isms.reportsTo()).isEqualTo("top-management");
        assertThat(isms.questions()).containsExactly(new Question("Who may stop a release?",
                List.of("Anyone", "The ISMS manager", "Nobody"), "The ISMS manager"));
        assertThat(isms.questions().get(0).answerIndex()).isEqualTo(1);
        assertThat(catalogue.policy().acknowledgement()).isEqualTo(new AcknowledgementPolicy(true, 10, 12, 3));
        assertThat(isms.acknowledgement()).as("the role's own setting over the policy's")
                .isEqualTo(new AcknowledgementPolicy(true, 10, 6, 3));
        assertThat(catalogue.role("incident-response-lead").orElseThrow().acknowledgement().required()).isFalse();
        assertThat(catalogue.role("top-management").orElseThrow().acknowledgement())
                .isEqualTo(new AcknowledgementPolicy(true, 10, 12, 3));
    }

    @Test
    void withoutAnySettingHoldersAcceptWithinFourteenDaysEveryYearRemindedWeekly() {
        RoleCatalogue catalogue = RolesYamlParser.parse(HEAD + """
                roles:
                  - {id: top-management, name: Top}
                  - {id: isms-manager, name: ISMS}
                """, "roles.yaml");

        assertThat(catalogue.role("isms-manager").orElseThrow().acknowledgement())
                .isEqualTo(new AcknowledgementPolicy(true, 14, 12, 7))
                .isEqualTo(AcknowledgementPolicy.DEFAULT);
    }

    @Test
    void theDutiesVersionChangesWithWhatHoldersAcceptAndOnlyWithThat() {
        String version = version(ROLES);

        assertThat(version).hasSize(16).isEqualTo(version(ROLES));
        assertThat(version(ROLES.replace("Keep the ISMS", "Keep the ISMS up to date"))).isNotEqualTo(version);
        assertThat(version(ROLES.replace("open critical", "open high"))).isNotEqualTo(version);
        assertThat(version(ROLES.replace("Who may stop", "Who can stop"))).isNotEqualTo(version);
        assertThat(version(ROLES.replace("answer: The ISMS manager", "answer: Nobody"))).isNotEqualTo(version);
        assertThat(version(ROLES.replace("name: ISMS Manager", "name: ISMS Lead"))).isNotEqualTo(version);
        assertThat(version(ROLES.replace("    reportsTo: top-management\n", "")
                .replace("reportsTo: isms-manager", "reportsTo: top-management"))).isNotEqualTo(version);
        assertThat(version(ROLES.replace("acknowledgement: {everyMonths: 6}", "primary: [ada@acme.example]\n"
                + "    lastReviewed: 2026-01-01"))).as("holders, review date and policy are not duties")
                .isEqualTo(version);
    }

    private static String version(String yaml) {
        return RolesYamlParser.parse(yaml, "roles.yaml").role("isms-manager").orElseThrow().dutiesVersion();
    }

    @Test
    void aReportingLineToAnUnknownRoleToItselfOrInACircleIsAnErrorNamingTheChain() {
        List<ConfigProblem> problems = problemsOf(HEAD + """
                roles:
                  - {id: top-management, name: Top}
                  - {id: isms-manager, name: ISMS, reportsTo: risk-owner}
                  - {id: risk-owner, name: Risk, reportsTo: internal-auditor}
                  - {id: internal-auditor, name: Auditor, reportsTo: isms-manager}
                  - {id: it-admin, name: IT, reportsTo: it-admin}
                  - {id: dpo, name: DPO, reportsTo: legal}
                """);

        assertThat(problems).extracting(ConfigProblem::problem).containsExactlyInAnyOrder(
                "'legal' is not a role id defined under 'roles'.",
                "the role 'it-admin' reports to itself.",
                "the reporting line goes round in a circle: isms-manager -> risk-owner -> internal-auditor"
                        + " -> isms-manager.");
        assertThat(problems).extracting(ConfigProblem::line).containsExactlyInAnyOrder(6, 9, 10);
    }

    @Test
    void aReportingLineMustEndAtTheLeadershipRole() {
        List<ConfigProblem> problems = problemsOf(HEAD + """
                roles:
                  - {id: top-management, name: Top}
                  - {id: isms-manager, name: ISMS}
                  - {id: incident-response-lead, name: IR, reportsTo: isms-manager}
                """);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.problem()).isEqualTo("the reporting line incident-response-lead -> isms-manager ends "
                    + "at 'isms-manager', not at the leadership role 'top-management'.");
            assertThat(problem.fix()).contains("reportsTo: top-management");
            assertThat(problem.line()).isEqualTo(7);
        });
    }

    @Test
    void questionsNeedTwoToFiveDifferentOptionsAndAnAnswerAmongThemAndARoleAtMostFive() {
        List<ConfigProblem> problems = problemsOf(HEAD + """
                roles:
                  - id: top-management
                    name: Top
                    questions:
                      - {question: One option?, options: [Yes], answer: Yes}
                      - {question: Wrong answer?, options: [Yes, No], answer: Maybe}
                      - {question: Twice?, options: [Yes, Yes, No], answer: Yes}
                      - {options: [Yes, No], answer: Yes}
                      - {question: Fine?, options: [Yes, No], answer: Yes, hint: no}
                      - {question: Sixth?, options: [Yes, No], answer: Yes}
                  - {id: isms-manager, name: ISMS}
                """);

        assertThat(problems).extracting(ConfigProblem::path).containsExactlyInAnyOrder(
                "roles[0].questions",
                "roles[0].questions[0].options",
                "roles[0].questions[1].answer",
                "roles[0].questions[2].options[1]",
                "roles[0].questions[3].question",
                "roles[0].questions[4].hint");
        assertThat(problems).filteredOn(p -> p.path().equals("roles[0].questions")).singleElement()
                .satisfies(p -> assertThat(p.problem()).isEqualTo("a role has at most 5 questions, found 6."));
    }

    @Test
    void acknowledgementSettingsAreCheckedLikeTheRest() {
        List<ConfigProblem> problems = problemsOf(HEAD + """
                policy:
                  acknowledgement: {dueDays: 0, remindEvery: 7}
                roles:
                  - {id: top-management, name: Top, acknowledgement: {required: perhaps}}
                  - {id: isms-manager, name: ISMS}
                """);

        assertThat(problems).extracting(ConfigProblem::path).containsExactlyInAnyOrder(
                "policy.acknowledgement.dueDays", "policy.acknowledgement.remindEvery",
                "roles[0].acknowledgement.required");
    }
}
