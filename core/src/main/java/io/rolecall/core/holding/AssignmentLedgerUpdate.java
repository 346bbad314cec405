package io.rolecall.core.holding;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.JobProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Advances the assignment ledger by one scan: new holdings open a period, open periods no longer
 * observed close on the day of the last scan that observed them, and holdings still observed stay
 * as they are. Only what changes is returned, so a scan that changes nothing writes nothing.
 */
public final class AssignmentLedgerUpdate {

    private AssignmentLedgerUpdate() {
    }

    /**
     * @param previousScan the as-of day of the latest earlier scan, the last day open periods were observed
     */
    public static Result advance(List<AssignmentPeriod> openBefore, RoleHoldings holdings, LocalDate asOf,
                                 LocalDate previousScan) {
        Map<String, AssignmentPeriod> openByHolding = new HashMap<>();
        for (AssignmentPeriod period : openBefore) {
            openByHolding.put(holdingKey(period.roleId(), period.person(), period.capacity()), period);
        }
        List<AssignmentPeriod> changed = new ArrayList<>();
        List<AssignmentPeriod> openAfter = new ArrayList<>();
        Set<String> observed = new HashSet<>();
        holdings.all().values().forEach(list -> list.forEach(holding -> {
            String key = holdingKey(holding.roleId(), holding.email(), holding.capacity());
            if (!observed.add(key)) {
                return;
            }
            List<HolderRef> via = holding.via();
            AssignmentPeriod before = openByHolding.get(key);
            AssignmentPeriod after;
            if (before == null) {
                JobProfile job = holding.person() == null ? null : holding.person().job();
                after = new AssignmentPeriod(holding.roleId(), holding.email(), holding.capacity(), via, asOf, null,
                        job);
            } else {
                after = new AssignmentPeriod(before.roleId(), before.person(), before.capacity(), via, before.from(),
                        null, before.jobAtStart());
            }
            openAfter.add(after);
            if (!after.equals(before)) {
                changed.add(after);
            }
        }));
        for (AssignmentPeriod before : openBefore) {
            if (!observed.contains(holdingKey(before.roleId(), before.person(), before.capacity()))) {
                changed.add(before.closedOn(previousScan == null ? before.from() : previousScan));
            }
        }
        return new Result(changed, openAfter);
    }

    private static String holdingKey(String roleId, Email person, Capacity capacity) {
        return roleId + "|" + person.value() + "|" + capacity;
    }

    /** {@code changed}: periods to write; {@code open}: every open period after this scan. */
    public static final class Result {
        private final List<AssignmentPeriod> changed;
        private final List<AssignmentPeriod> open;
        private final Map<String, AssignmentPeriod> earliestOpenByRoleAndPerson = new HashMap<>();
        private final Map<String, LocalDate> sinceByHolding = new HashMap<>();

        Result(List<AssignmentPeriod> changed, List<AssignmentPeriod> open) {
            this.changed = List.copyOf(changed);
            this.open = List.copyOf(open);
            for (AssignmentPeriod period : open) {
                earliestOpenByRoleAndPerson.merge(period.roleId() + "|" + period.person().value(), period,
                        (a, b) -> b.from().isBefore(a.from()) ? b : a);
                sinceByHolding.merge(holdingKey(period.roleId(), period.person(), period.capacity()), period.from(),
                        (a, b) -> b.isBefore(a) ? b : a);
            }
        }

        public List<AssignmentPeriod> changed() {
            return changed;
        }

        public List<AssignmentPeriod> open() {
            return open;
        }

        /** The first day of a person's current spell in a role in one capacity, or null when they do not hold it. */
        public LocalDate since(String roleId, Email person, Capacity capacity) {
            return sinceByHolding.get(holdingKey(roleId, person, capacity));
        }

        /** The job a person had when they began holding the role in any capacity, or null if unknown. */
        public JobProfile jobAtStart(String roleId, Email person) {
            AssignmentPeriod earliest = earliestOpenByRoleAndPerson.get(roleId + "|" + person.value());
            return earliest == null ? null : earliest.jobAtStart();
        }
    }
}
