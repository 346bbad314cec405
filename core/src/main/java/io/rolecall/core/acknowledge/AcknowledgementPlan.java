package io.rolecall.core.acknowledge;

import io.rolecall.core.catalogue.AcknowledgementPolicy;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who must accept which duties, and what each active holder is owed on a day: nothing, a first
 * notice, or a reminder. A holder needs an acceptance of the role's current duties version given
 * since they took the role (their current spell in the ledger) and within the role's everyMonths.
 * Leavers, suspended people and service accounts hold nothing here: they are never asked.
 */
public final class AcknowledgementPlan {

    private final Map<String, HolderAcknowledgement> byHolder;
    private final LocalDate asOf;

    private AcknowledgementPlan(Map<String, HolderAcknowledgement> byHolder, LocalDate asOf) {
        this.byHolder = byHolder;
        this.asOf = asOf;
    }

    /**
     * @param openPeriods the ledger's open periods after the latest scan: when each holder's current
     *                    spell in a role began
     */
    public static AcknowledgementPlan of(RoleCatalogue catalogue, RoleHoldings holdings,
                                         Collection<AssignmentPeriod> openPeriods, AcknowledgementRecords records,
                                         LocalDate asOf) {
        Map<String, LocalDate> since = new HashMap<>();
        for (AssignmentPeriod period : openPeriods) {
            since.merge(key(period.person(), period.roleId()), period.from(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<String, List<Acceptance>> acceptances = group(records.acceptances(),
                a -> versionKey(a.person(), a.roleId(), a.version()));
        Map<String, List<Ask>> asks = group(records.asks(), a -> versionKey(a.person(), a.roleId(), a.version()));
        Map<String, Integer> attempts = new HashMap<>();
        records.attempts().forEach(a -> attempts.merge(versionKey(a.person(), a.roleId(), a.version()), 1,
                Integer::sum));

        Map<String, HolderAcknowledgement> byHolder = new LinkedHashMap<>();
        for (Role role : catalogue.roles()) {
            String version = role.dutiesVersion();
            for (Holding holding : holdings.of(role.id())) {
                String holder = key(holding.email(), role.id());
                if (!holding.isActive() || byHolder.containsKey(holder)) {
                    continue;
                }
                String versionKey = versionKey(holding.email(), role.id(), version);
                byHolder.put(holder, evaluate(role, version, holding.email(), since.getOrDefault(holder, asOf),
                        acceptances.getOrDefault(versionKey, List.of()), asks.getOrDefault(versionKey, List.of()),
                        attempts.getOrDefault(versionKey, 0), asOf));
            }
        }
        return new AcknowledgementPlan(byHolder, asOf);
    }

    /**
     * Where one holder stands, from their own records: the acceptance page asks this of one person
     * and one role without reading anyone else.
     */
    public static HolderAcknowledgement holder(Role role, Email person, LocalDate holdingSince,
                                               AcknowledgementRecords records, LocalDate asOf) {
        String version = role.dutiesVersion();
        return evaluate(role, version, person, holdingSince,
                records.acceptances().stream().filter(a -> matches(a.person(), a.roleId(), a.version(), person, role,
                        version)).toList(),
                records.asks().stream().filter(a -> matches(a.person(), a.roleId(), a.version(), person, role,
                        version)).toList(),
                (int) records.attempts().stream().filter(a -> matches(a.person(), a.roleId(), a.version(), person,
                        role, version)).count(), asOf);
    }

    private static boolean matches(Email person, String roleId, String version, Email wanted, Role role,
                                   String wantedVersion) {
        return person.equals(wanted) && roleId.equals(role.id()) && version.equals(wantedVersion);
    }

    private static HolderAcknowledgement evaluate(Role role, String version, Email person, LocalDate holdingSince,
                                                  List<Acceptance> acceptances, List<Ask> asks, int attempts,
                                                  LocalDate asOf) {
        AcknowledgementPolicy policy = role.acknowledgement();
        if (!policy.required()) {
            return new HolderAcknowledgement(person, role.id(), version, AcknowledgementStatus.NOT_REQUIRED,
                    holdingSince, null, null, null, null, null, attempts);
        }
        // The latest acceptance since taking the role, not dated after the day being evaluated.
        Acceptance latest = null;
        for (Acceptance acceptance : acceptances) {
            LocalDate on = dayOf(acceptance);
            if (!on.isBefore(holdingSince) && !on.isAfter(asOf)
                    && (latest == null || acceptance.acceptedAt().isAfter(latest.acceptedAt()))) {
                latest = acceptance;
            }
        }
        LocalDate cycleStart = holdingSince;
        if (latest != null) {
            LocalDate expires = dayOf(latest).plusMonths(policy.everyMonths());
            if (expires.isAfter(asOf)) {
                // When they were first and last asked before accepting stays part of the record.
                LocalDate acceptedOn = dayOf(latest);
                List<LocalDate> asked = asks.stream().map(Ask::askedOn)
                        .filter(on -> !on.isBefore(holdingSince) && !on.isAfter(acceptedOn)).sorted().toList();
                return new HolderAcknowledgement(person, role.id(), version, AcknowledgementStatus.ACCEPTED,
                        holdingSince, latest.acceptedAt(), asked.isEmpty() ? null : asked.get(0),
                        asked.isEmpty() ? null : asked.get(asked.size() - 1), null, null, attempts);
            }
            cycleStart = expires;
        }
        LocalDate first = null;
        LocalDate last = null;
        for (Ask ask : asks) {
            LocalDate on = ask.askedOn();
            if (on.isBefore(cycleStart) || on.isAfter(asOf)) {
                continue;
            }
            first = first == null || on.isBefore(first) ? on : first;
            last = last == null || on.isAfter(last) ? on : last;
        }
        LocalDate dueOn = first == null ? null : first.plusDays(policy.dueDays());
        AcknowledgementStatus status = dueOn != null && asOf.isAfter(dueOn)
                ? AcknowledgementStatus.OVERDUE : AcknowledgementStatus.PENDING;
        Ask.Kind next = first == null ? Ask.Kind.NOTICE
                : last.plusDays(policy.remindEveryDays()).isAfter(asOf) ? null : Ask.Kind.REMINDER;
        return new HolderAcknowledgement(person, role.id(), version, status, holdingSince, null, first, last, dueOn,
                next, attempts);
    }

    /** The day an acceptance counts for: its UTC date. */
    static LocalDate dayOf(Acceptance acceptance) {
        return acceptance.acceptedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>(2)).add(item);
        }
        return grouped;
    }

    private static String key(Email person, String roleId) {
        return roleId + "|" + person.value();
    }

    private static String versionKey(Email person, String roleId, String version) {
        return roleId + "|" + person.value() + "|" + version;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Every active holder of every role, in roles.yaml's order of roles, then in holding order. */
    public List<HolderAcknowledgement> holders() {
        return Collections.unmodifiableList(new ArrayList<>(byHolder.values()));
    }

    /** The holders owed a notice or a reminder on this day. */
    public List<HolderAcknowledgement> due() {
        return byHolder.values().stream().filter(h -> h.nextAsk() != null).toList();
    }

    public Optional<HolderAcknowledgement> of(Email person, String roleId) {
        return Optional.ofNullable(byHolder.get(key(person, roleId)));
    }

    /** Holders whose role requires an acceptance. */
    public int required() {
        return (int) byHolder.values().stream().filter(h -> h.status() != AcknowledgementStatus.NOT_REQUIRED).count();
    }

    public int accepted() {
        return (int) byHolder.values().stream().filter(h -> h.status() == AcknowledgementStatus.ACCEPTED).count();
    }
}
