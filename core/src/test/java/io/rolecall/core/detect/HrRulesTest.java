package io.rolecall.core.detect;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.Severity;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.core.usecase.ScanRequest;
import io.rolecall.core.usecase.ScanResult;
import io.rolecall.core.usecase.ScanUseCase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an HR source adds to a scan: end dates, accounts left active, and days a role has nobody. */
class HrRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-10-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01}
              - {id: dpo, name: DPO, primary: [], backup: [bea@test.example], lastReviewed: 2026-10-01}
            """;

    private final Storage storage = InMemoryStorage.create();
    private final MutableClock clock = new MutableClock(DAY.atTime(8, 0).toInstant(ZoneOffset.UTC));

    private final List<Person> people = List.of(active("ceo@test.example", "Cleo Executive"),
            active("ada@test.example", "Ada Lovelace"), active("bea@test.example", "Bea Backup"),
            active("sam@test.example", "Sam Sales"));

    private static HrRecord hr(String email, LocalDate end, HrRecord.Absence... away) {
        return new HrRecord(Email.of(email), end == null ? "Active" : "Terminated", null, end, null, null, null,
                List.of(away));
    }

    private static HrRecord.Absence away(String from, String to) {
        return new HrRecord.Absence(LocalDate.parse(from), LocalDate.parse(to));
    }

    private ScanResult scan(LocalDate day, HrSnapshot hr) {
        clock.set(day.atTime(8, 0).toInstant(ZoneOffset.UTC));
        CatalogueSource roles = new CatalogueSource("roles.yaml", ROLES);
        return new ScanUseCase(storage, clock).scan(ScanRequest.of(roles, DirectorySnapshot.of(people), "test", day,
                false).withHr(hr));
    }

    private List<Finding> open(FindingKind kind) {
        return storage.findings().findings().stream().filter(f -> f.isOpen() && f.kind() == kind).toList();
    }

    @Test
    void anHrEndDateMakesAHolderLeavingSoonAndAnAccountActiveAfterItIsFoundForAnyone() {
        ScanResult result = scan(DAY, new HrSnapshot(List.of(hr("ada@test.example", DAY.plusDays(10)),
                hr("sam@test.example", DAY.minusDays(3)), hr("gone@test.example", DAY.minusYears(2))), "test"));

        assertThat(open(FindingKind.HOLDER_LEAVING_SOON)).singleElement()
                .satisfies(f -> assertThat(f.person().value()).isEqualTo("ada@test.example"));
        assertThat(open(FindingKind.ACCOUNT_ACTIVE_AFTER_LEAVING)).singleElement().satisfies(f -> {
            assertThat(f.person().value()).isEqualTo("sam@test.example");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.message()).contains("last day was 2026-11-27 by the HR system", "still active");
        });
        assertThat(result.hrJoin()).hasValueSatisfying(join -> {
            assertThat(join.matched()).isEqualTo(2);
            assertThat(join.hrWithoutAccount()).isEqualTo(1);
            assertThat(join.peopleWithoutHr()).isEqualTo(2);
        });
    }

    @Test
    void daysWhenEveryHolderOfARoleIsAwayAreOneGapEachNamingWhoIsAwayAndSoonerIsMoreSevere() {
        ScanResult result = scan(DAY, new HrSnapshot(List.of(
                hr("ada@test.example", null, away("2026-12-05", "2026-12-12")),
                hr("bea@test.example", null, away("2026-12-08", "2026-12-20"), away("2027-01-10", "2027-01-12")),
                hr("ceo@test.example", DAY.plusDays(40))), "test"));

        assertThat(open(FindingKind.COVERAGE_GAP)).filteredOn(f -> f.roleId().equals("isms-manager")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("From 2026-12-08 to 2026-12-12, nobody can act on ISMS Manager",
                            "Ada Lovelace (ada@test.example) (time off)", "Bea Backup (bea@test.example) (time off)");
                    assertThat(f.severity()).as("starts within 14 days").isEqualTo(Severity.HIGH);
                });
        assertThat(open(FindingKind.COVERAGE_GAP)).filteredOn(f -> f.roleId().equals("top-management"))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("From 2027-01-10 to 2027-01-28", "(left on 2027-01-09)");
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                });
        assertThat(open(FindingKind.COVERAGE_GAP)).as("a vacant role is ROLE_UNASSIGNED's")
                .noneMatch(f -> f.roleId().equals("dpo"));
        assertThat(result.run().metrics().uncoveredRoleDays()).as("5 days of isms-manager, 19 of top-management")
                .isEqualTo(24);
    }

    @Test
    void withoutAnHrSourceNothingIsJudgedFromTimeOffAndChangedHrDataIsNoRepeatOfTheLatestScan() {
        assertThat(scan(DAY, null).run().metrics().uncoveredRoleDays()).as("unknown without HR").isNull();
        assertThat(open(FindingKind.COVERAGE_GAP)).isEmpty();
        assertThat(open(FindingKind.ACCOUNT_ACTIVE_AFTER_LEAVING)).isEmpty();

        ScanResult withHr = scan(DAY, new HrSnapshot(List.of(hr("sam@test.example", DAY.minusDays(1))), "test"));

        assertThat(withHr.holders()).as("the directory was read again, not taken as a repeat").isNotNull();
        assertThat(open(FindingKind.ACCOUNT_ACTIVE_AFTER_LEAVING)).hasSize(1);
    }

    @Test
    void theDirectoryStaysTheTruthForStatusAndFieldsItHas() {
        HrSnapshot hr = new HrSnapshot(List.of(new HrRecord(Email.of("ada@test.example"), "Terminated", null,
                DAY.plusDays(5), "HR title", "HR department", Email.of("ceo@test.example"), List.of())), "test");
        DirectorySnapshot directory = DirectorySnapshot.of(List.of(person("ada@test.example").name("Ada")
                .title("Directory title").status(PersonStatus.ACTIVE).build()));

        Person joined = io.rolecall.core.model.HrJoin.of(directory, hr).directory().people().get(0);

        assertThat(joined.title()).isEqualTo("Directory title");
        assertThat(joined.department()).isEqualTo("HR department");
        assertThat(joined.manager()).isEqualTo(Email.of("ceo@test.example"));
        assertThat(joined.endDate()).isEqualTo(DAY.plusDays(5));
        assertThat(joined.status()).isEqualTo(PersonStatus.ACTIVE);
    }

    @Test
    void aTitleOrManagerTheHrSourceAddsWhereTheDirectoryHadNoneIsNoChangeOfJob() {
        scan(DAY, null);
        scan(DAY.plusDays(1), new HrSnapshot(List.of(new HrRecord(Email.of("ada@test.example"), "Active", null, null,
                "Head of Security", "Security", Email.of("ceo@test.example"), List.of())), "test"));

        assertThat(open(FindingKind.HOLDER_CHANGED_JOB)).isEmpty();
        assertThat(new io.rolecall.core.model.JobProfile("Engineer", null, null).differencesTo(
                new io.rolecall.core.model.JobProfile("Manager", "Sales", null)))
                .as("a value that changes is a move; one that was unknown is not").containsExactly(
                        "title: Engineer -> Manager");
    }
}
