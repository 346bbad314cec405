package io.rolecall.core.acknowledge;

import io.rolecall.core.catalogue.AcknowledgementPolicy;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where one approval of roles.yaml stands on a day. It is a decision of a body, not of each member: the
 * version is approved on the day the quorum-th approver approved it, and that decision stands for
 * everyMonths; then the body is asked again and only approvals given since count. Approvals count only from
 * the people who hold the approvers role as active primaries now: someone who left the body no longer
 * makes up its quorum.
 *
 * @param approvers   the active primary holders of the approvers role, in holding order
 * @param needed      how many approvals make the decision
 * @param approvedBy  who approved the current version in the decision in force or being gathered, earliest first
 * @param approvedOn  the day the quorum was reached, for an approved one; otherwise null
 * @param lastDecision the latest decision of any version, when there was one
 * @param dueOn       the day the quorum is due (the body's first notice in this round plus dueDays), or null
 * @param standings   where each approver stands, as their notices and pages read it
 */
public record ApprovalState(Approval approval, List<Email> approvers, int needed, ApprovalStatus status,
                            List<Approver> approvedBy, LocalDate approvedOn, Optional<Decision> lastDecision,
                            LocalDate dueOn, List<HolderAcknowledgement> standings) {

    public ApprovalState {
        approvers = List.copyOf(approvers);
        approvedBy = List.copyOf(approvedBy);
        standings = List.copyOf(standings);
    }

    /** One approver's approval of the current version, on its UTC day. */
    public record Approver(Email email, LocalDate on) {
    }

    /** A version the quorum approved, on the day it reached the quorum. */
    public record Decision(String version, LocalDate on) {
    }

    /** The approvers of the body now who have not approved the current version in this round. */
    public List<Email> missing() {
        Set<Email> approved = approvedBy.stream().map(Approver::email).collect(java.util.stream.Collectors.toSet());
        return approvers.stream().filter(email -> !approved.contains(email)).toList();
    }

    /** The approvers still to approve, as the directory names them: "Ada Lovelace (ada@acme.example)". */
    public List<String> missingNamed(DirectorySnapshot directory) {
        return missing().stream().map(email -> directory.find(email).map(Person::label).orElse(email.value()))
                .toList();
    }

    /** Whether the quorum is late: asked, not reached, and past its due day. */
    public boolean overdue(LocalDate asOf) {
        return status != ApprovalStatus.APPROVED && dueOn != null && asOf.isAfter(dueOn);
    }

    /**
     * @param acceptances every approval of this document kept, of any version and person
     * @param asks        every notice and reminder about it
     */
    public static ApprovalState of(Approval approval, List<Email> approvers, List<Acceptance> acceptances,
                                   List<Ask> asks, AcknowledgementPolicy catalogueDefault, LocalDate asOf) {
        int needed = approval.needed(approvers.size());
        Set<Email> body = Set.copyOf(approvers);
        List<Acceptance> upToDay = acceptances.stream()
                .filter(a -> !AcknowledgementPlan.dayOf(a).isAfter(asOf))
                .sorted(Comparator.comparing(Acceptance::acceptedAt)).toList();
        Round round = rounds(upToDay, approval.version(), body::contains, needed, approval.everyMonths(), asOf);
        boolean approved = round.decidedOn != null;
        Decision last = approved ? new Decision(approval.version(), round.decidedOn) : round.lapsed;
        if (!approved) {
            for (String version : upToDay.stream().map(Acceptance::version).distinct().toList()) {
                if (!version.equals(approval.version())) {
                    Round earlier = rounds(upToDay, version, person -> true, needed, approval.everyMonths(), asOf);
                    Decision decision = earlier.decidedOn != null ? new Decision(version, earlier.decidedOn)
                            : earlier.lapsed;
                    if (decision != null && (last == null || decision.on().isAfter(last.on()))) {
                        last = decision;
                    }
                }
            }
        }
        ApprovalStatus status = approved ? ApprovalStatus.APPROVED
                : last != null && !last.on().plusMonths(approval.everyMonths()).isAfter(asOf)
                ? ApprovalStatus.STALE : ApprovalStatus.PENDING;
        List<Ask> roundAsks = asks.stream().filter(ask -> ask.version().equals(approval.version())
                && !ask.askedOn().isBefore(round.start) && !ask.askedOn().isAfter(asOf)).toList();
        LocalDate firstAsked = roundAsks.stream().map(Ask::askedOn).min(LocalDate::compareTo).orElse(null);
        LocalDate dueOn = firstAsked == null ? null : firstAsked.plusDays(approval.dueDays());
        AcknowledgementPolicy asking = approval.asking(catalogueDefault);
        List<HolderAcknowledgement> standings = new ArrayList<>();
        for (Email approver : approvers) {
            Acceptance given = round.firstBy.get(approver);
            standings.add(given != null
                    ? new HolderAcknowledgement(approver, approval.recordId(), approval.version(),
                    AcknowledgementStatus.ACCEPTED, null, given.acceptedAt(), firstAsked, null, dueOn, null, 0)
                    : approved ? new HolderAcknowledgement(approver, approval.recordId(), approval.version(),
                    AcknowledgementStatus.NOT_REQUIRED, null, null, null, null, null, null, 0)
                    : asked(approval, approver, roundAsks, asking, dueOn, asOf));
        }
        List<Approver> approvedBy = round.firstBy.values().stream()
                .map(a -> new Approver(a.person(), AcknowledgementPlan.dayOf(a))).toList();
        return new ApprovalState(approval, approvers, needed, status, approvedBy, round.decidedOn,
                Optional.ofNullable(last), dueOn, standings);
    }

    /** An approver still to approve: a first notice, a reminder once remindEveryDays passed, or nothing today. */
    private static HolderAcknowledgement asked(Approval approval, Email approver, List<Ask> roundAsks,
                                               AcknowledgementPolicy asking, LocalDate dueOn, LocalDate asOf) {
        List<LocalDate> own = roundAsks.stream().filter(ask -> ask.person().equals(approver)).map(Ask::askedOn)
                .sorted().toList();
        LocalDate first = own.isEmpty() ? null : own.get(0);
        LocalDate last = own.isEmpty() ? null : own.get(own.size() - 1);
        Ask.Kind next = first == null ? Ask.Kind.NOTICE
                : last.plusDays(asking.remindEveryDays()).isAfter(asOf) ? null : Ask.Kind.REMINDER;
        AcknowledgementStatus status = dueOn != null && asOf.isAfter(dueOn) ? AcknowledgementStatus.OVERDUE
                : AcknowledgementStatus.PENDING;
        return new HolderAcknowledgement(approver, approval.recordId(), approval.version(), status, null, null,
                first, last, dueOn, next, 0);
    }

    /**
     * The rounds of one version, oldest first: each starts when the previous decision lapsed, and counts the
     * first approval of each member given in it.
     *
     * @param decidedOn the decision in force on {@code asOf}, or null
     * @param lapsed    the latest decision that lapsed before {@code asOf}, or null
     * @param start     the first day of the round in force or being gathered
     * @param firstBy   in that round, each member's first approval, earliest first
     */
    private record Round(LocalDate decidedOn, Decision lapsed, LocalDate start, Map<Email, Acceptance> firstBy) {
    }

    private static Round rounds(List<Acceptance> sorted, String version, Predicate<Email> member, int needed,
                                int everyMonths, LocalDate asOf) {
        LocalDate start = LocalDate.MIN;
        Decision lapsed = null;
        while (true) {
            Map<Email, Acceptance> firstBy = new LinkedHashMap<>();
            for (Acceptance acceptance : sorted) {
                if (acceptance.version().equals(version) && member.test(acceptance.person())
                        && !AcknowledgementPlan.dayOf(acceptance).isBefore(start)) {
                    firstBy.putIfAbsent(acceptance.person(), acceptance);
                }
            }
            if (firstBy.size() < needed) {
                return new Round(null, lapsed, start, firstBy);
            }
            LocalDate decided = AcknowledgementPlan.dayOf(new ArrayList<>(firstBy.values()).get(needed - 1));
            LocalDate lapses = decided.plusMonths(everyMonths);
            if (lapses.isAfter(asOf)) {
                return new Round(decided, lapsed, start, firstBy);
            }
            lapsed = new Decision(version, decided);
            start = lapses;
        }
    }
}
