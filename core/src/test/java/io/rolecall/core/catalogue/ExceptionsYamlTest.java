package io.rolecall.core.catalogue;

import static io.rolecall.core.catalogue.CatalogueProblems.HEAD;
import static io.rolecall.core.catalogue.CatalogueProblems.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** roles.yaml {@code exceptions:} and {@code policy.nonconformities}: read strictly, with line numbers. */
class ExceptionsYamlTest {

    @Test
    void anExceptionIsReadWithEveryFieldAndTheDefaultsOfThePolicy() {
        RoleCatalogue catalogue = RolesYamlParser.parse(HEAD + """
                exceptions:
                  - id: ceo-backs-up
                    kind: SEGREGATION_CONFLICT
                    role: isms-manager
                    relatedRole: top-management
                    person: ceo@acme.example
                    reason: Six people.
                    compensatingControl: Monthly review.
                    approvedBy: ceo@acme.example
                    approvedOn: 2026-01-15
                    expires: 2026-12-31
                """, "roles.yaml");

        assertThat(catalogue.acceptedRisks()).containsExactly(new AcceptedRisk("ceo-backs-up",
                FindingKind.SEGREGATION_CONFLICT, "isms-manager", Email.of("ceo@acme.example"), "top-management",
                "Six people.", "Monthly review.", Email.of("ceo@acme.example"), LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 12, 31), false));
        assertThat(catalogue.policy().maxExceptionMonths()).isEqualTo(12);
        assertThat(catalogue.policy().nonconformities()).isEqualTo(new NonconformityPolicy(true,
                Set.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM), 30));
    }

    @Test
    void anExceptionWithoutAnIdGetsOneFromWhatItMatchesSoReorderingKeepsIt() {
        RoleCatalogue catalogue = RolesYamlParser.parse(HEAD + """
                exceptions:
                  - {kind: BACKUP_MISSING, role: isms-manager, reason: r, approvedBy: ceo@acme.example, approvedOn: 2026-01-15, expires: 2026-06-30}
                  - {kind: BACKUP_MISSING, role: isms-manager, reason: r, approvedBy: ceo@acme.example, approvedOn: 2026-01-15, expires: 2026-07-30}
                  - {kind: ROLE_CONCENTRATION, person: Ada@acme.example, reason: r, approvedBy: ceo@acme.example, approvedOn: 2026-01-15, expires: 2026-06-30}
                """, "roles.yaml");

        assertThat(catalogue.acceptedRisks()).extracting(AcceptedRisk::id).containsExactly(
                "backup-missing-isms-manager", "backup-missing-isms-manager-2", "role-concentration-ada-acme-example");
    }

    @Test
    void eachMistakeIsReportedOnItsLineWithAFix() {
        List<ConfigProblem> problems = problemsOf(HEAD + """
                exceptions:
                  - id: one
                    kind: SEGREGATION_CONFLIKT
                    role: isms-managr
                    reason: r
                    approvedBy: ada@acme.example
                    approvedOn: 2026-01-15
                    expires: 2027-03-01
                  - id: two
                    kind: BACKUP_MISSING
                    approvedBy: ceo@acme.example
                    approvedOn: 2026-05-01
                    expires: 2026-04-30
                """);

        assertThat(problems).extracting(ConfigProblem::line, ConfigProblem::path).contains(
                tuple(9, "exceptions[0].kind"),
                tuple(10, "exceptions[0].role"),
                tuple(12, "exceptions[0].approvedBy"),
                tuple(14, "exceptions[0].expires"),
                tuple(15, "exceptions[1].reason"),
                tuple(19, "exceptions[1].expires"));
        assertThat(problems).filteredOn(p -> p.path().equals("exceptions[0].approvedBy")).singleElement()
                .satisfies(p -> assertThat(p.fix()).contains("ceo@acme.example", "only top management"));
        assertThat(problems).filteredOn(p -> p.path().equals("exceptions[0].expires")).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("2027-01-15", "policy.maxExceptionMonths"));
        assertThat(problems).filteredOn(p -> p.path().equals("exceptions[1].reason")).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("reason"));
    }

    @Test
    void thePolicyMayAllowLongerExceptionsAndChooseWhenNonconformitiesAreRaised() {
        RoleCatalogue catalogue = RolesYamlParser.parse(HEAD + """
                policy:
                  maxExceptionMonths: 24
                  nonconformities: {raiseWhenOverdue: false, severities: [CRITICAL], effectivenessDays: 60}
                exceptions:
                  - {id: long, kind: BACKUP_MISSING, reason: r, approvedBy: ceo@acme.example, approvedOn: 2026-01-15, expires: 2027-12-31}
                """, "roles.yaml");

        assertThat(catalogue.acceptedRisks()).singleElement().extracting(AcceptedRisk::expires)
                .isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(catalogue.policy().nonconformities()).isEqualTo(new NonconformityPolicy(false,
                Set.of(Severity.CRITICAL), 60));
    }

    @Test
    void anUnknownSeverityOrKeyUnderNonconformitiesIsAnError() {
        List<ConfigProblem> problems = problemsOf(HEAD + """
                policy:
                  nonconformities: {severities: [URGENT], raiseWhenOverdu: true}
                """);

        assertThat(problems).extracting(ConfigProblem::path)
                .contains("policy.nonconformities.severities[0]", "policy.nonconformities.raiseWhenOverdu");
    }
}
