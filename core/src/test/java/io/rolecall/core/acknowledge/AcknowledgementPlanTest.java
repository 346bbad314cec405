package io.rolecall.core.acknowledge;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.period;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcknowledgementPlanTest {

    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    private static final Email ADA = Email.of("ada@acme.example");
    private static final Email BEA = Email.of("bea@acme.example");

    private static final String ROLES = """
            version: 1
            organisation: Acme
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            policy:
              acknowledgement: {dueDays: 14, everyMonths: 12, remindEveryDays: 7}
            roles:
              - {id: top-management, name: Top, primary: [ceo@acme.example], acknowledgement: {required: false}}
              - id: isms-manager
                name: ISMS Manager
                duties: [Keep the ISMS]
                primary: [ada@acme.example]
                backup: [group:deputies, svc@acme.example, sus@acme.example, left@acme.example]
            """;
    private static final RoleCatalogue CATALOGUE = new CatalogueSource("roles.yaml", ROLES).parse();
    private static final String VERSION = CATALOGUE.role("isms-manager").orElseThrow().dutiesVersion();

    private final List<Acceptance> acceptances = new ArrayList<>();
    private final List<Ask> asks = new ArrayList<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private final List<AssignmentPeriod> periods = new ArrayList<>(List.of(
            period("isms-manager", "ada@acme.example", Capacity.PRIMARY, JAN1, null, true),
            period("isms-manager", "bea@acme.example", Capacity.BACKUP, JAN1, null, true)));

    private AcknowledgementPlan plan(LocalDate asOf) {
        DirectorySnapshot directory = DirectorySnapshot.of(List.of(active("ceo@acme.example", "Cleo"),
                active("ada@acme.example", "Ada"), person("bea@acme.example").group("deputies").build(),
                person("ada2@acme.example").group("deputies").status(PersonStatus.SUSPENDED).build(),
                person("svc@acme.example").type(PersonType.SERVICE).build(),
                person("sus@acme.example").status(PersonStatus.SUSPENDED).build(),
                person("left@acme.example").status(PersonStatus.LEFT).build()));
        RoleHoldings holdings = RoleHoldings.resolve(CATALOGUE, directory, KnownPeople.none());
        return AcknowledgementPlan.of(CATALOGUE, holdings, periods, new AcknowledgementRecords(acceptances, attempts,
                asks), asOf);
    }

    private HolderAcknowledgement ada(LocalDate asOf) {
        return plan(asOf).of(ADA, "isms-manager").orElseThrow();
    }

    private void accept(Email person, Instant at, String version) {
        acceptances.add(new Acceptance(person, "isms-manager", version, 1, "sha", "roles.yaml", at, List.of(), 0, "test"));
    }

    @Test
    void onlyActivePeopleAreAskedEveryOneOncePerRoleAndARoleThatNeedsNoneListsItsHoldersAsSuch() {
        AcknowledgementPlan plan = plan(JAN1);

        assertThat(plan.holders()).extracting(h -> h.person().value() + " " + h.roleId() + " " + h.status())
                .containsExactly("ceo@acme.example top-management NOT_REQUIRED",
                        "ada@acme.example isms-manager PENDING", "bea@acme.example isms-manager PENDING");
        assertThat(plan.due()).extracting(HolderAcknowledgement::person).containsExactly(ADA, BEA);
        assertThat(plan.due()).extracting(HolderAcknowledgement::nextAsk).containsOnly(Ask.Kind.NOTICE);
        assertThat(plan.required()).isEqualTo(2);
        assertThat(plan.accepted()).isZero();
    }

    @Test
    void afterTheNoticeAReminderEveryRemindEveryDaysAndOverdueAfterDueDays() {
        asks.add(new Ask(ADA, "isms-manager", VERSION, JAN1, Ask.Kind.NOTICE));

        assertThat(ada(JAN1.plusDays(6)).nextAsk()).isNull();
        assertThat(ada(JAN1.plusDays(7)).nextAsk()).isEqualTo(Ask.Kind.REMINDER);
        asks.add(new Ask(ADA, "isms-manager", VERSION, JAN1.plusDays(7), Ask.Kind.REMINDER));
        assertThat(ada(JAN1.plusDays(13)).nextAsk()).isNull();
        HolderAcknowledgement lastDay = ada(JAN1.plusDays(14));
        assertThat(lastDay.status()).isEqualTo(AcknowledgementStatus.PENDING);
        assertThat(lastDay.dueOn()).isEqualTo(JAN1.plusDays(14));
        assertThat(lastDay.nextAsk()).isEqualTo(Ask.Kind.REMINDER);
        assertThat(ada(JAN1.plusDays(15)).status()).isEqualTo(AcknowledgementStatus.OVERDUE);
        assertThat(ada(JAN1.plusDays(15)).firstAskedOn()).isEqualTo(JAN1);
        assertThat(ada(JAN1.plusDays(15)).lastAskedOn()).isEqualTo(JAN1.plusDays(7));
    }

    @Test
    void anAcceptanceOfTheCurrentVersionHoldsForEveryMonthsThenTheHolderIsAskedAgain() {
        asks.add(new Ask(ADA, "isms-manager", VERSION, JAN1, Ask.Kind.NOTICE));
        accept(ADA, Instant.parse("2026-01-03T10:00:00Z"), VERSION);

        HolderAcknowledgement accepted = ada(LocalDate.of(2026, 6, 1));
        assertThat(accepted.status()).isEqualTo(AcknowledgementStatus.ACCEPTED);
        assertThat(accepted.acceptedAt()).isEqualTo(Instant.parse("2026-01-03T10:00:00Z"));
        assertThat(accepted.nextAsk()).isNull();
        assertThat(accepted.firstAskedOn()).as("when they were asked stays on the record").isEqualTo(JAN1);
        assertThat(plan(LocalDate.of(2026, 6, 1)).accepted()).isEqualTo(1);

        HolderAcknowledgement yearLater = ada(LocalDate.of(2027, 1, 3));
        assertThat(yearLater.status()).isEqualTo(AcknowledgementStatus.PENDING);
        assertThat(yearLater.nextAsk()).as("a new round starts with a first notice").isEqualTo(Ask.Kind.NOTICE);
        assertThat(yearLater.firstAskedOn()).as("last year's notice does not count").isNull();
    }

    @Test
    void changedDutiesOrANewSpellInTheRoleNeedANewAcceptance() {
        accept(ADA, Instant.parse("2026-01-03T10:00:00Z"), "an-older-version");
        assertThat(ada(LocalDate.of(2026, 2, 1)).status()).isEqualTo(AcknowledgementStatus.PENDING);

        accept(ADA, Instant.parse("2026-01-03T10:00:00Z"), VERSION);
        periods.set(0, period("isms-manager", "ada@acme.example", Capacity.PRIMARY, LocalDate.of(2026, 1, 20), null, true));
        assertThat(ada(LocalDate.of(2026, 2, 1)).status()).as("she left the role and took it again")
                .isEqualTo(AcknowledgementStatus.PENDING);
    }

    @Test
    void anAcceptanceDatedAfterTheDayEvaluatedDoesNotCountSoThatBackfillsAreReproducible() {
        accept(ADA, Instant.parse("2026-03-01T10:00:00Z"), VERSION);

        assertThat(ada(LocalDate.of(2026, 2, 1)).status()).isEqualTo(AcknowledgementStatus.PENDING);
        assertThat(ada(LocalDate.of(2026, 3, 1)).status()).isEqualTo(AcknowledgementStatus.ACCEPTED);
    }

    @Test
    void wrongAttemptsAreCountedPerVersion() {
        attempts.add(new Attempt(ADA, "isms-manager", VERSION, Instant.parse("2026-01-02T10:00:00Z"),
                List.of("x"), List.of(1), "test"));
        attempts.add(new Attempt(ADA, "isms-manager", "old", Instant.parse("2026-01-02T10:00:00Z"),
                List.of("x"), List.of(1), "test"));

        assertThat(ada(JAN1.plusDays(2)).failedAttempts()).isEqualTo(1);
    }
}
