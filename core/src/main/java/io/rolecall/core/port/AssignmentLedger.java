package io.rolecall.core.port;

import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Who held which role, as primary or backup, and when: the record auditors sample dates from. */
public interface AssignmentLedger {

    /** Periods still observed by the latest scan. */
    List<AssignmentPeriod> openPeriods();

    /** Every period of one role, oldest first. */
    List<AssignmentPeriod> periods(String roleId);

    /** The open periods of one person in one role (as primary, backup or both): whether and since when they hold it. */
    default List<AssignmentPeriod> openPeriodsOf(String roleId, Email person) {
        return periods(roleId).stream().filter(p -> p.open() && p.person().equals(person)).toList();
    }

    /** Inserts or replaces these periods by {@link AssignmentPeriod#periodKey()}. Idempotent. */
    void save(Collection<AssignmentPeriod> changed);

    /** Who held the role on that day, by the scans that observed it. */
    default List<AssignmentPeriod> heldOn(String roleId, LocalDate day) {
        return periods(roleId).stream().filter(p -> p.covers(day)).toList();
    }
}
