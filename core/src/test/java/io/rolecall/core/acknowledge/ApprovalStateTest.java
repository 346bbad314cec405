package io.rolecall.core.acknowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.AcknowledgementPolicy;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalStateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Email ANN = Email.of("ann@acme.example");
    private static final Email BEN = Email.of("ben@acme.example");
    private static final Email CY = Email.of("cy@acme.example");
    private static final List<Email> BOARD = List.of(ANN, BEN, CY);

    private final List<Acceptance> approvals = new ArrayList<>();
    private final List<Ask> asks = new ArrayList<>();

    private static Approval policy(String version, int quorum) {
        return new Approval("security-policy", "Information security policy", version, "https://intranet.example/p",
                "management-board", quorum, 12, 30);
    }

    private void approve(Email who, String version, LocalDate on) {
        approvals.add(new Acceptance(who, "approval:security-policy", version, 1, "sha", "roles.yaml",
                on.atTime(10, 0).toInstant(ZoneOffset.UTC), List.of(), 0, null));
    }

    private void ask(Email who, String version, LocalDate on) {
        asks.add(new Ask(who, "approval:security-policy", version, on, Ask.Kind.NOTICE));
    }

    private ApprovalState on(Approval approval, List<Email> body, LocalDate day) {
        return ApprovalState.of(approval, body, approvals, asks, AcknowledgementPolicy.DEFAULT, day);
    }

    private static HolderAcknowledgement standing(ApprovalState state, Email who) {
        return state.standings().stream().filter(s -> s.person().equals(who)).findFirst().orElseThrow();
    }

    @Test
    void theQuorumDecidesOnTheDayItsLastNeededApprovalCameAndTheOthersAreAskedNoMore() {
        BOARD.forEach(member -> ask(member, "3.2", DAY));
        approve(ANN, "3.2", DAY.plusDays(1));
        ApprovalState one = on(policy("3.2", 2), BOARD, DAY.plusDays(2));
        assertThat(one.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(one.missing()).containsExactly(BEN, CY);
        assertThat(one.dueOn()).isEqualTo(DAY.plusDays(30));
        assertThat(standing(one, ANN).status()).isEqualTo(AcknowledgementStatus.ACCEPTED);
        assertThat(standing(one, BEN).status()).isEqualTo(AcknowledgementStatus.PENDING);

        approve(CY, "3.2", DAY.plusDays(5));
        ApprovalState two = on(policy("3.2", 2), BOARD, DAY.plusDays(40));
        assertThat(two.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(two.approvedOn()).isEqualTo(DAY.plusDays(5));
        assertThat(two.approvedBy()).extracting(ApprovalState.Approver::email).containsExactly(ANN, CY);
        assertThat(two.overdue(DAY.plusDays(40))).isFalse();
        assertThat(standing(two, BEN).status()).isEqualTo(AcknowledgementStatus.NOT_REQUIRED);
        assertThat(standing(two, BEN).nextAsk()).as("the body decided: Ben is not reminded").isNull();
    }

    @Test
    void withQuorumAllEveryMemberMustApproveAndTheLateOnesAreRemindedThenOverdue() {
        BOARD.forEach(member -> ask(member, "3.2", DAY));
        approve(ANN, "3.2", DAY);
        approve(BEN, "3.2", DAY);
        ApprovalState state = on(policy("3.2", Approval.ALL), BOARD, DAY.plusDays(31));

        assertThat(state.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(state.needed()).isEqualTo(3);
        assertThat(state.overdue(DAY.plusDays(31))).isTrue();
        assertThat(standing(state, CY).status()).isEqualTo(AcknowledgementStatus.OVERDUE);
        assertThat(standing(state, CY).nextAsk()).isEqualTo(Ask.Kind.REMINDER);
        assertThat(standing(state, ANN).nextAsk()).isNull();
    }

    @Test
    void aNewVersionIsPendingWhileTheLastDecisionStandsAndStaleOnceItLapses() {
        approve(ANN, "3.1", DAY);
        approve(BEN, "3.1", DAY.plusDays(3));
        approve(ANN, "3.2", DAY.plusMonths(6));

        ApprovalState pending = on(policy("3.2", 2), BOARD, DAY.plusMonths(7));
        assertThat(pending.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(pending.lastDecision()).contains(new ApprovalState.Decision("3.1", DAY.plusDays(3)));
        assertThat(pending.approvedBy()).extracting(ApprovalState.Approver::email).containsExactly(ANN);
        assertThat(standing(pending, BEN).nextAsk()).as("asked for the new version").isEqualTo(Ask.Kind.NOTICE);

        ApprovalState stale = on(policy("3.2", 2), BOARD, DAY.plusDays(3).plusMonths(12));
        assertThat(stale.status()).isEqualTo(ApprovalStatus.STALE);
    }

    @Test
    void theSameVersionLapsesAfterEveryMonthsAndOnlyApprovalsSinceCountAgain() {
        approve(ANN, "3.2", DAY);
        approve(BEN, "3.2", DAY);
        LocalDate lapse = DAY.plusMonths(12);
        assertThat(on(policy("3.2", 2), BOARD, lapse.minusDays(1)).status()).isEqualTo(ApprovalStatus.APPROVED);

        ApprovalState stale = on(policy("3.2", 2), BOARD, lapse);
        assertThat(stale.status()).isEqualTo(ApprovalStatus.STALE);
        assertThat(stale.approvedBy()).as("last year's approvals count no more").isEmpty();
        assertThat(stale.standings()).allSatisfy(s -> assertThat(s.nextAsk()).isEqualTo(Ask.Kind.NOTICE));

        approve(CY, "3.2", lapse.plusDays(2));
        approve(BEN, "3.2", lapse.plusDays(4));
        ApprovalState again = on(policy("3.2", 2), BOARD, lapse.plusDays(5));
        assertThat(again.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(again.approvedOn()).isEqualTo(lapse.plusDays(4));
    }

    @Test
    void onlyThePeopleWhoHoldTheBodyNowMakeUpItsQuorum() {
        approve(ANN, "3.2", DAY);
        approve(BEN, "3.2", DAY);
        ApprovalState withoutBen = on(policy("3.2", 2), List.of(ANN, CY), DAY.plusDays(1));
        assertThat(withoutBen.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(withoutBen.approvedBy()).extracting(ApprovalState.Approver::email).containsExactly(ANN);
        assertThat(withoutBen.missing()).containsExactly(CY);
    }

    @Test
    void aBodyNobodyHoldsApprovesNothingAndAnApprovalDatedLaterDoesNotCountYet() {
        assertThat(on(policy("3.2", Approval.ALL), List.of(), DAY).status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(on(policy("3.2", Approval.ALL), List.of(), DAY).needed()).isEqualTo(1);

        approve(ANN, "3.2", DAY.plusDays(3));
        assertThat(on(policy("3.2", 1), BOARD, DAY).status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(on(policy("3.2", 1), BOARD, DAY.plusDays(3)).status()).isEqualTo(ApprovalStatus.APPROVED);
    }
}
