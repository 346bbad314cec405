package io.rolecall.core.testing;

import static io.rolecall.core.testing.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.finding.RiskAcceptance;
import io.rolecall.core.model.Severity;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.FindingStore;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link FindingStore} must do; each implementation runs these tests. */
public abstract class FindingStoreContract {

    private FindingStore store;

    /** A new, empty store. */
    protected abstract FindingStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    void newStoreHoldsNoFindings() {
        assertThat(store.findings()).isEmpty();
    }

    @Test
    void savedFindingsComeBackUnchangedForEveryKeyShape() {
        List<Finding> findings = List.of(
                Fixtures.roleFinding(FindingKind.ROLE_UNASSIGNED, "isms-manager", DAY),
                Fixtures.openFinding(FindingKey.forRoleAndPerson(FindingKind.LEAVER_HOLDS_ROLE, "it-admin",
                        Email.of("bob@acme.example")), Severity.CRITICAL, DAY),
                Fixtures.openFinding(FindingKey.forPerson(FindingKind.ROLE_CONCENTRATION,
                        Email.of("ada@acme.example")), Severity.LOW, DAY),
                Fixtures.openFinding(FindingKey.forConflict("isms-manager", "internal-auditor",
                        Email.of("ada@acme.example")), Severity.HIGH, DAY),
                Fixtures.openFinding(FindingKey.forResponsibility(FindingKind.RACI_NO_RESPONSIBLE, "risk-assessment"),
                        Severity.MEDIUM, DAY),
                Fixtures.openFinding(FindingKey.forRoleAndGroup(FindingKind.GROUP_NOT_IN_DIRECTORY, "isms-manager",
                        "ISMS-Deputies"), Severity.MEDIUM, DAY));

        store.save(findings);

        assertThat(store.findings()).containsExactlyInAnyOrderElementsOf(findings);
    }

    @Test
    void findingsAboutADocumentOrAFunctionKeepTheirSubjectAndEveryFindingItsReferencesInOrder() {
        List<Finding> findings = List.of(
                new Finding(FindingKey.forDocument(FindingKind.DOCUMENT_NOT_ACKNOWLEDGED, "security-policy",
                        Email.of("dan@acme.example")), Severity.MEDIUM, "Dan has not acknowledged it", "Ask Dan",
                        List.of(Episode.openedOn(DAY)), DAY.plusDays(30), null,
                        List.of("SOC 2 CC2.2", "ISO/IEC 27001:2022 A.5.1", "Board policy \"BP-7\"")),
                new Finding(FindingKey.forFunction(FindingKind.FUNCTION_NOT_ASSIGNED, "soc2:executive-management"),
                        Severity.HIGH, "No role fulfils it", "Add it", List.of(Episode.openedOn(DAY)), DAY.plusDays(14),
                        null, List.of("SOC 2 CC1.3")),
                new Finding(FindingKey.forRole(FindingKind.HOLDER_COUNT, "isms-manager"), Severity.MEDIUM, "Two",
                        "One", List.of(Episode.openedOn(DAY)), DAY.plusDays(30), null, List.of()));

        store.save(findings);

        assertThat(store.findings()).containsExactlyInAnyOrderElementsOf(findings);
        assertThat(store.findings()).filteredOn(f -> f.kind() == FindingKind.DOCUMENT_NOT_ACKNOWLEDGED).singleElement()
                .satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("security-policy");
                    assertThat(f.references()).containsExactly("SOC 2 CC2.2", "ISO/IEC 27001:2022 A.5.1",
                            "Board policy \"BP-7\"");
                });
    }

    @Test
    void textWithMarkupAndUnicodeIsStoredVerbatim() {
        Finding finding = new Finding(FindingKey.forRoleAndPerson(FindingKind.HOLDER_SUSPENDED, "dpo",
                Email.of("zoe@acme.example")), Severity.MEDIUM, "Zoë <img src=x onerror=alert(1)> \"quoted\" 'single'",
                "Ändern & prüfen;\nnew line", List.of(Episode.openedOn(DAY)), DAY.plusDays(30));

        store.save(List.of(finding));

        assertThat(store.findings()).containsExactly(finding);
    }

    @Test
    void savingAFindingAgainReplacesItById() {
        Finding open = Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "dpo", DAY);
        Finding resolved = new Finding(open.key(), open.severity(), "now resolved", open.remediation(),
                List.of(new Episode(DAY, DAY.plusDays(3), DAY.plusDays(2))), open.dueDate());

        store.save(List.of(open));
        store.save(List.of(resolved));

        assertThat(store.findings()).containsExactly(resolved);
    }

    @Test
    void savingTheSameFindingTwiceIsHarmless() {
        Finding finding = Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "dpo", DAY);

        store.save(List.of(finding));
        store.save(List.of(finding));

        assertThat(store.findings()).containsExactly(finding);
    }

    @Test
    void everyEpisodeOfAReopenedFindingIsKeptInOrder() {
        List<Episode> history = List.of(new Episode(DAY, DAY.plusDays(5), DAY.plusDays(4)),
                new Episode(DAY.plusDays(9), DAY.plusDays(10), null), Episode.openedOn(DAY.plusDays(20)));
        Finding reopened = new Finding(FindingKey.forRole(FindingKind.ROLE_REVIEW_OVERDUE, "asset-owner"),
                Severity.LOW, "m", "r", history, DAY.plusDays(110));

        store.save(List.of(reopened));

        assertThat(store.findings()).singleElement().satisfies(f -> {
            assertThat(f.episodes()).containsExactlyElementsOf(history);
            assertThat(f.isOpen()).isTrue();
            assertThat(f.firstSeen()).isEqualTo(DAY);
        });
    }

    @Test
    void theExceptionAFindingIsAcceptedUnderAndTheDayItEndedAreKept() {
        Finding open = Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "dpo", DAY);
        Finding accepted = new Finding(open.key(), open.severity(), open.message(), open.remediation(),
                open.episodes(), open.dueDate(), RiskAcceptance.under("small-team", DAY.plusDays(90)));
        Finding openAgain = new Finding(FindingKey.forRole(FindingKind.ROLE_UNASSIGNED, "dpo"), Severity.HIGH, "m",
                "r", List.of(Episode.openedOn(DAY)), DAY.plusDays(104),
                new RiskAcceptance("vacancy", DAY.plusDays(60), DAY.plusDays(90)));

        store.save(List.of(accepted, openAgain));

        assertThat(store.findings()).containsExactlyInAnyOrder(accepted, openAgain);
        assertThat(store.findings()).filteredOn(Finding::isAccepted).containsExactly(accepted);
    }

    @Test
    void savingNothingChangesNothing() {
        Finding finding = Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "dpo", DAY);
        store.save(List.of(finding));

        store.save(List.of());

        assertThat(store.findings()).containsExactly(finding);
    }
}
