package io.rolecall.core.testing;

import static io.rolecall.core.testing.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.handover.Handover;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.HandoverStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link HandoverStore} must do; each implementation runs these tests. */
public abstract class HandoverStoreContract {

    private static final Email MARY = Email.of("mary@acme.example");
    private static final Email GINA = Email.of("gina@acme.example");

    private HandoverStore store;

    /** A new, empty store. */
    protected abstract HandoverStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    void aProposalIsKeptOnceAndOnlyItsEffectiveDayFollowsWhileItIsProposed() {
        Handover proposal = Handover.propose("risk-owner", MARY, GINA, DAY.plusDays(20), DAY);
        String empty = store.revision();
        store.propose(List.of(proposal));
        String proposed = store.revision();
        store.propose(List.of(proposal));

        assertThat(proposed).as("a proposal is no input of the next scan").isEqualTo(empty);
        assertThat(store.all()).containsExactly(proposal);
        assertThat(store.find(proposal.id())).contains(proposal);

        store.propose(List.of(Handover.propose("risk-owner", MARY, GINA, DAY.plusDays(25), DAY.plusDays(1))));
        assertThat(store.find(proposal.id()).orElseThrow().effective()).isEqualTo(DAY.plusDays(25));
        assertThat(store.find(proposal.id()).orElseThrow().proposedOn()).as("first proposed").isEqualTo(DAY);
    }

    @Test
    void aTransitionHappensOnlyFromTheExpectedStatusSoOfTwoAtOnceOneWins() {
        Handover proposal = Handover.propose("risk-owner", MARY, GINA, DAY.plusDays(20), DAY);
        store.propose(List.of(proposal));
        Handover accepted = proposal.accepted("v1", Instant.parse("2026-11-30T10:15:30Z"));
        String before = store.revision();

        assertThat(store.transition(accepted, Handover.Status.PROPOSED)).isTrue();
        assertThat(store.revision()).as("an acceptance is an input of the next scan").isNotEqualTo(before);
        assertThat(store.transition(proposal.cancelled(DAY, "too late"), Handover.Status.PROPOSED))
                .as("the cancel lost: it was accepted meanwhile").isFalse();
        assertThat(store.find(proposal.id())).contains(accepted);

        store.propose(List.of(Handover.propose("risk-owner", MARY, GINA, DAY.plusDays(30), DAY)));
        assertThat(store.find(proposal.id())).as("an accepted handover is never reproposed").contains(accepted);

        Handover cancelled = accepted.cancelled(DAY.plusDays(1), "Mary stays after all");
        assertThat(store.transition(cancelled, Handover.Status.ACCEPTED)).isTrue();
        assertThat(store.all()).containsExactly(cancelled);
        assertThat(store.transition(proposal.accepted("v1", Instant.now()), Handover.Status.PROPOSED)).isFalse();
        assertThat(store.transition(Handover.propose("other", MARY, GINA, DAY, DAY), Handover.Status.PROPOSED))
                .as("one never kept").isFalse();
    }
}
