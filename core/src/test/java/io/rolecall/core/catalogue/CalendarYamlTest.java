package io.rolecall.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** roles.yaml {@code activities:} and a role's {@code training:}: read strictly, with line numbers. */
class CalendarYamlTest {

    private static final String HEAD = """
            version: 1
            organisation: Acme Ltd
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top, primary: [ceo@acme.example]}
              - id: isms-manager
                name: ISMS Manager
                training: {name: Lead implementer course, everyMonths: 36}
            """;

    @Test
    void activitiesAndTrainingAreReadWithTheirDefaults() {
        RoleCatalogue catalogue = RolesYamlParser.parse(HEAD + """
                activities:
                  - {id: internal-audit, name: Internal audit, ownerRole: isms-manager, everyMonths: 12, reference: ISO/IEC 27001:2022 9.2, lastDone: 2025-10-20}
                  - {id: access-review, name: Access review, ownerRole: isms-manager, everyMonths: 3, leadDays: 14}
                """, "roles.yaml");

        assertThat(catalogue.activities()).containsExactly(
                new Activity("internal-audit", "Internal audit", "isms-manager", 12, 30, "ISO/IEC 27001:2022 9.2",
                        LocalDate.of(2025, 10, 20)),
                new Activity("access-review", "Access review", "isms-manager", 3, 14, null, null));
        assertThat(catalogue.activities().get(0).auditOrReview()).isTrue();
        assertThat(catalogue.activities().get(1).auditOrReview()).isFalse();
        assertThat(catalogue.role("isms-manager").orElseThrow().training())
                .isEqualTo(new RoleTraining("Lead implementer course", 36));
        assertThat(catalogue.role("top-management").orElseThrow().training()).isNull();
    }

    @Test
    void eachMistakeIsReportedOnItsLine() {
        List<ConfigProblem> problems = catchThrowableOfType(InvalidCatalogueException.class, () -> RolesYamlParser.parse((HEAD + """
                activities:
                  - id: internal-audit
                    name: Internal audit
                    ownerRole: auditor
                    everyMonths: 0
                  - {id: internal-audit, name: Again, ownerRole: isms-manager, everyMonths: 12, lastDone: 2025-13-01}
                  - {id: review, ownerRole: isms-manager, everyMonth: 12}
                """).replace("training: {name: Lead implementer course, everyMonths: 36}", "training: {name: x}"),
                "roles.yaml")).problems();

        assertThat(problems).extracting(ConfigProblem::line, ConfigProblem::path).contains(
                tuple(8, "roles[1].training.everyMonths"),
                tuple(12, "activities[0].ownerRole"),
                tuple(13, "activities[0].everyMonths"),
                tuple(14, "activities[1].id"),
                tuple(14, "activities[1].lastDone"),
                tuple(15, "activities[2].everyMonth"));
    }

    @Test
    void theStarterCatalogueHasTheUsualCalendarAndTrainingForTheIncidentLeadAndTheAuditor() {
        RoleCatalogue starter = RolesYamlParser.parse(StarterCatalogue.yaml("Acme Ltd"), "roles.yaml");

        assertThat(starter.activities()).extracting(Activity::id, Activity::ownerRole, Activity::everyMonths)
                .containsExactly(tuple("internal-audit", "internal-auditor", 12),
                        tuple("management-review", "top-management", 12),
                        tuple("risk-assessment", "risk-owner", 12),
                        tuple("access-review", "it-admin", 3),
                        tuple("awareness-campaign", "security-training-lead", 12),
                        tuple("continuity-test", "isms-manager", 12));
        assertThat(starter.roles()).filteredOn(role -> role.training() != null).extracting(Role::id)
                .containsExactly("incident-response-lead", "internal-auditor");
    }
}
