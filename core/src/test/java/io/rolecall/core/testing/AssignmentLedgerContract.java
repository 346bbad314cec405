package io.rolecall.core.testing;

import io.rolecall.core.catalogue.HolderRef;
import static io.rolecall.core.testing.Fixtures.DAY;
import static io.rolecall.core.testing.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.AssignmentLedger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AssignmentLedger} must do; each implementation runs these tests. */
public abstract class AssignmentLedgerContract {

    private AssignmentLedger ledger;

    protected abstract AssignmentLedger newLedger();

    @BeforeEach
    void setUpLedger() {
        ledger = newLedger();
    }

    @Test
    void newLedgerIsEmpty() {
        assertThat(ledger.openPeriods()).isEmpty();
        assertThat(ledger.periods("incident-response-lead")).isEmpty();
    }

    @Test
    void periodsComeBackUnchangedIncludingMissingJob() {
        AssignmentPeriod withJob = period("incident-response-lead", "ada@acme.example", Capacity.PRIMARY, DAY,
                DAY.plusDays(7), true);
        AssignmentPeriod withoutJob = new AssignmentPeriod("incident-response-lead", Email.of("ghost@acme.example"),
                Capacity.BACKUP, List.of(new HolderRef.PersonRef(Email.of("ghost@acme.example")),
                new HolderRef.GroupRef("ir-team")), DAY, null, null);

        ledger.save(List.of(withJob, withoutJob));

        assertThat(ledger.periods("incident-response-lead")).containsExactlyInAnyOrder(withJob, withoutJob);
    }

    @Test
    void theOpenPeriodsOfOnePersonInOneRoleAreTheirsAloneInEveryCapacity() {
        AssignmentPeriod primary = period("dpo", "ada@acme.example", Capacity.PRIMARY, DAY, DAY.plusDays(3), true);
        AssignmentPeriod backup = period("dpo", "ada@acme.example", Capacity.BACKUP, DAY.plusDays(2), null, true);
        AssignmentPeriod earlier = period("dpo", "ada@acme.example", Capacity.PRIMARY, DAY.minusDays(90),
                DAY.minusDays(30), false);
        ledger.save(List.of(primary, backup, earlier,
                period("dpo-deputy", "ada@acme.example", Capacity.PRIMARY, DAY, null, true),
                period("dpo", "ada@acme.example.org", Capacity.PRIMARY, DAY, null, true),
                period("dpo", "bob@acme.example", Capacity.PRIMARY, DAY, null, true)));

        assertThat(ledger.openPeriodsOf("dpo", io.rolecall.core.model.Email.of("ada@acme.example")))
                .containsExactlyInAnyOrder(primary, backup);
        assertThat(ledger.openPeriodsOf("dpo", io.rolecall.core.model.Email.of("carol@acme.example"))).isEmpty();
    }

    @Test
    void onlyOpenPeriodsAreOpen() {
        AssignmentPeriod open = period("dpo", "ada@acme.example", Capacity.PRIMARY, DAY, DAY.plusDays(3), true);
        AssignmentPeriod closed = period("dpo", "bob@acme.example", Capacity.PRIMARY, DAY, DAY.plusDays(1), false);

        ledger.save(List.of(open, closed));

        assertThat(ledger.openPeriods()).containsExactly(open);
    }

    @Test
    void savingAPeriodAgainReplacesItByRolePersonCapacityAndStart() {
        AssignmentPeriod open = period("dpo", "ada@acme.example", Capacity.PRIMARY, DAY, DAY.plusDays(3), true);
        AssignmentPeriod closed = period("dpo", "ada@acme.example", Capacity.PRIMARY, DAY, DAY.plusDays(5), false);

        ledger.save(List.of(open));
        ledger.save(List.of(closed));
        ledger.save(List.of(closed));

        assertThat(ledger.periods("dpo")).containsExactly(closed);
        assertThat(ledger.openPeriods()).isEmpty();
    }

    @Test
    void periodsOfARoleAreOldestFirstAndOtherRolesAreLeftOut() {
        AssignmentPeriod later = period("dpo", "bob@acme.example", Capacity.PRIMARY, DAY.plusDays(10),
                DAY.plusDays(20), true);
        AssignmentPeriod earlier = period("dpo", "ada@acme.example", Capacity.PRIMARY, DAY, DAY.plusDays(9), false);
        AssignmentPeriod otherRole = period("it-admin", "ada@acme.example", Capacity.BACKUP, DAY, DAY, true);

        ledger.save(List.of(later, otherRole, earlier));

        assertThat(ledger.periods("dpo")).containsExactly(earlier, later);
    }

    @Test
    void heldOnAnswersWhoHeldARoleOnAGivenDay() {
        ledger.save(List.of(
                period("incident-response-lead", "ada@acme.example", Capacity.PRIMARY, DAY, DAY.plusDays(9), false),
                period("incident-response-lead", "bob@acme.example", Capacity.PRIMARY, DAY.plusDays(10),
                        DAY.plusDays(30), true),
                period("incident-response-lead", "cy@acme.example", Capacity.BACKUP, DAY, DAY.plusDays(30), true)));

        assertThat(ledger.heldOn("incident-response-lead", DAY.plusDays(5)))
                .extracting(p -> p.person().value())
                .containsExactlyInAnyOrder("ada@acme.example", "cy@acme.example");
        assertThat(ledger.heldOn("incident-response-lead", DAY.plusDays(10)))
                .extracting(p -> p.person().value())
                .containsExactlyInAnyOrder("bob@acme.example", "cy@acme.example");
        assertThat(ledger.heldOn("incident-response-lead", DAY.minusDays(1))).isEmpty();
    }
}
