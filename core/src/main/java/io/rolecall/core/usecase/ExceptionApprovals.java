package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.AcceptedRisk;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.AssignmentLedger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether each exception's approval still stands. roles.yaml can only check that the approver is
 * listed as a primary of the leadership role; a leader who has left is still listed until someone
 * edits the file, and could otherwise accept the very gap her leaving opened. So the approver must
 * also be an active person in the directory on the day counted, must not have approved after her
 * last day, and, where the assignment ledger covers the approval day, must have held the leadership
 * role as primary then. An exception whose approval does not stand accepts nothing.
 */
public final class ExceptionApprovals {

    private ExceptionApprovals() {
    }

    /**
     * @param people the directory as of {@code asOf}, by email (a person gone from it is known, not present)
     * @return for each exception whose approval does not stand, by id, why (to follow "its approval does not stand: ")
     */
    public static Map<String, String> notStanding(RoleCatalogue catalogue, Function<Email, Optional<KnownPerson>> people,
                                                  AssignmentLedger ledger, LocalDate asOf) {
        Map<String, String> reasons = new LinkedHashMap<>();
        String leadership = catalogue.reporting().leadershipRole();
        List<AssignmentPeriod> leadershipPeriods = null;
        for (AcceptedRisk risk : catalogue.acceptedRisks()) {
            if (asOf.isBefore(risk.approvedOn())) {
                continue;
            }
            Optional<KnownPerson> approver = people.apply(risk.approvedBy());
            Optional<String> reason = today(risk.approvedBy(), approver, asOf);
            if (reason.isEmpty() && risk.approvedOn().isBefore(asOf)) {
                if (leadershipPeriods == null) {
                    leadershipPeriods = ledger.periods(leadership);
                }
                reason = onApprovalDay(risk, approver.orElseThrow().person(), leadershipPeriods, leadership);
            }
            reason.ifPresent(why -> reasons.put(risk.id(), why));
        }
        return reasons;
    }

    private static Optional<String> today(Email approver, Optional<KnownPerson> known, LocalDate asOf) {
        if (known.isEmpty()) {
            return Optional.of("its approver " + approver.value() + " is not in the directory");
        }
        if (!known.get().isPresent()) {
            return Optional.of("its approver " + approver.value() + " is gone from the directory since "
                    + known.get().goneSince());
        }
        Person person = known.get().person();
        if (person.type() != PersonType.PERSON) {
            return Optional.of("its approver " + approver.value() + " is a service account, not a person");
        }
        if (!person.isActiveHolder()) {
            return Optional.of("its approver " + approver.value() + " is " + person.status() + " in the directory on "
                    + asOf);
        }
        return Optional.empty();
    }

    private static Optional<String> onApprovalDay(AcceptedRisk risk, Person approver, List<AssignmentPeriod> periods,
                                                  String leadership) {
        if (approver.endDate() != null && approver.endDate().isBefore(risk.approvedOn())) {
            return Optional.of("its approver " + risk.approvedBy().value() + " approved it on " + risk.approvedOn()
                    + ", after their last day, " + approver.endDate());
        }
        boolean watched = periods.stream().anyMatch(period -> !period.from().isAfter(risk.approvedOn()));
        boolean heldThen = periods.stream().anyMatch(period -> period.person().equals(risk.approvedBy())
                && period.capacity() == Capacity.PRIMARY && period.covers(risk.approvedOn()));
        if (watched && !heldThen) {
            return Optional.of("its approver " + risk.approvedBy().value() + " was not a primary holder of "
                    + leadership + " on " + risk.approvedOn() + ", the day of the approval, by the assignment ledger");
        }
        return Optional.empty();
    }
}
