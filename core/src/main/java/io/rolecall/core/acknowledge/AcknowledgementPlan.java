package io.rolecall.core.acknowledge;

import io.rolecall.core.catalogue.AcknowledgementPolicy;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.catalogue.Document;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who must accept which duties, and what each active holder is owed on a day: nothing, a first
 * notice, or a reminder. A holder needs an acceptance of the role's current duties version given
 * since they took the role (their current spell in the ledger) and within the role's everyMonths.
 * Leavers, suspended people and service accounts hold nothing here: they are never asked. The
 * documents of roles.yaml are accepted the same way by everyone in their audience, each under its
 * own id ("document:ID") in the same records; the approvals of the management body too ("approval:ID"),
 * decided by a quorum as {@link ApprovalState} tells.
 */
public final class AcknowledgementPlan {

    private final Map<String, HolderAcknowledgement> byHolder;
    private final Map<String, HolderAcknowledgement> byReader;
    private final List<ApprovalState> approvals;
    private final LocalDate asOf;

    private AcknowledgementPlan(Map<String, HolderAcknowledgement> byHolder,
                                Map<String, HolderAcknowledgement> byReader, List<ApprovalState> approvals,
                                LocalDate asOf) {
        this.byHolder = byHolder;
        this.byReader = byReader;
        this.approvals = List.copyOf(approvals);
        this.asOf = asOf;
    }

    /** What something to accept is, for the records: a role's id and duties, or a document's. */
    private record Subject(String id, String version, AcknowledgementPolicy policy) {
    }

    /** Without the directory: the documents of roles.yaml, which need it to know their readers, are left out. */
    public static AcknowledgementPlan of(RoleCatalogue catalogue, RoleHoldings holdings,
                                         Collection<AssignmentPeriod> openPeriods, AcknowledgementRecords records,
                                         LocalDate asOf) {
        return of(catalogue, null, holdings, openPeriods, records, asOf);
    }

    /**
     * @param directory   the directory as read, for the readers of documents meant for everyone or a group;
     *                    null to leave documents out
     * @param openPeriods the ledger's open periods after the latest scan: when each holder's current
     *                    spell in a role began
     */
    public static AcknowledgementPlan of(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
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
            Subject subject = new Subject(role.id(), role.dutiesVersion(), role.acknowledgement());
            for (Holding holding : holdings.of(role.id())) {
                String holder = key(holding.email(), role.id());
                if (!holding.isActive() || byHolder.containsKey(holder)) {
                    continue;
                }
                String versionKey = versionKey(holding.email(), role.id(), subject.version());
                byHolder.put(holder, evaluate(subject, holding.email(), since.getOrDefault(holder, asOf),
                        acceptances.getOrDefault(versionKey, List.of()), asks.getOrDefault(versionKey, List.of()),
                        attempts.getOrDefault(versionKey, 0), asOf));
            }
        }
        Map<String, HolderAcknowledgement> byReader = new LinkedHashMap<>();
        for (Document document : directory == null ? List.<Document>of() : catalogue.documents()) {
            Subject subject = document(catalogue, document);
            for (Email reader : readers(document, directory, holdings)) {
                String versionKey = versionKey(reader, subject.id(), subject.version());
                byReader.put(key(reader, subject.id()), evaluate(subject, reader, readingSince(document, reader,
                                since), acceptances.getOrDefault(versionKey, List.of()),
                        asks.getOrDefault(versionKey, List.of()), attempts.getOrDefault(versionKey, 0), asOf));
            }
        }
        List<ApprovalState> approvals = new ArrayList<>();
        for (Approval approval : catalogue.approvals()) {
            approvals.add(ApprovalState.of(approval, approvers(approval, holdings),
                    records.acceptances().stream().filter(a -> a.roleId().equals(approval.recordId())).toList(),
                    records.asks().stream().filter(a -> a.roleId().equals(approval.recordId())).toList(),
                    catalogue.policy().acknowledgement(), asOf));
        }
        return new AcknowledgementPlan(byHolder, byReader, approvals, asOf);
    }

    /** Who approves: the active primary holders of the approvers role (a group's members), each once. */
    private static List<Email> approvers(Approval approval, RoleHoldings holdings) {
        return holdings.activePrimaries(approval.approversRole()).stream().map(Person::email).distinct().toList();
    }

    private static Subject document(RoleCatalogue catalogue, Document document) {
        return new Subject(document.acknowledgementId(), document.acknowledgementVersion(),
                document.acknowledgement(catalogue.policy().acknowledgement()));
    }

    /**
     * Who must acknowledge a document: active people (never a service account) of the directory, of a group
     * of it, or holding a role, each once.
     */
    public static List<Email> readers(Document document, DirectorySnapshot directory, RoleHoldings holdings) {
        LinkedHashSet<Email> readers = new LinkedHashSet<>();
        if (document.audience() instanceof Document.GroupAudience group) {
            directory.membersOf(group.group()).stream().filter(Person::isActiveHolder)
                    .forEach(person -> readers.add(person.email()));
        } else if (document.audience() instanceof Document.RoleAudience role) {
            holdings.of(role.roleId()).stream().filter(Holding::isActive)
                    .forEach(holding -> readers.add(holding.email()));
        } else {
            directory.people().stream().filter(Person::isActiveHolder).forEach(person -> readers.add(person.email()));
        }
        return List.copyOf(readers);
    }

    /** For a document meant for a role's holders, their start in it; for the others, any acceptance counts. */
    private static LocalDate readingSince(Document document, Email reader, Map<String, LocalDate> since) {
        return document.audience() instanceof Document.RoleAudience role
                ? since.get(key(reader, role.roleId())) : null;
    }

    /**
     * Where one holder stands, from their own records: the acceptance page asks this of one person
     * and one role without reading anyone else.
     */
    public static HolderAcknowledgement holder(Role role, Email person, LocalDate holdingSince,
                                               AcknowledgementRecords records, LocalDate asOf) {
        return evaluate(new Subject(role.id(), role.dutiesVersion(), role.acknowledgement()), person, holdingSince,
                records, asOf);
    }

    /**
     * Where one reader stands with a document, from their own records, as the acceptance page asks it.
     *
     * @param readingSince for a document meant for a role's holders, their start in it; otherwise null
     */
    public static HolderAcknowledgement reader(RoleCatalogue catalogue, Document document, Email person,
                                               LocalDate readingSince, AcknowledgementRecords records, LocalDate asOf) {
        return evaluate(document(catalogue, document), person, readingSince, records, asOf);
    }

    private static HolderAcknowledgement evaluate(Subject subject, Email person, LocalDate since,
                                                  AcknowledgementRecords records, LocalDate asOf) {
        return evaluate(subject, person, since,
                records.acceptances().stream().filter(a -> matches(a.person(), a.roleId(), a.version(), person,
                        subject)).toList(),
                records.asks().stream().filter(a -> matches(a.person(), a.roleId(), a.version(), person,
                        subject)).toList(),
                (int) records.attempts().stream().filter(a -> matches(a.person(), a.roleId(), a.version(), person,
                        subject)).count(), asOf);
    }

    private static boolean matches(Email person, String id, String version, Email wanted, Subject subject) {
        return person.equals(wanted) && id.equals(subject.id()) && version.equals(subject.version());
    }

    /** @param holdingSince the first day the person held the role (or must read the document); null for no start */
    private static HolderAcknowledgement evaluate(Subject subject, Email person, LocalDate holdingSince,
                                                  List<Acceptance> acceptances, List<Ask> asks, int attempts,
                                                  LocalDate asOf) {
        AcknowledgementPolicy policy = subject.policy();
        String version = subject.version();
        if (!policy.required()) {
            return new HolderAcknowledgement(person, subject.id(), version, AcknowledgementStatus.NOT_REQUIRED,
                    holdingSince, null, null, null, null, null, attempts);
        }
        LocalDate start = holdingSince == null ? LocalDate.MIN : holdingSince;
        // The latest acceptance since taking the role, not dated after the day being evaluated.
        Acceptance latest = null;
        for (Acceptance acceptance : acceptances) {
            LocalDate on = dayOf(acceptance);
            if (!on.isBefore(start) && !on.isAfter(asOf)
                    && (latest == null || acceptance.acceptedAt().isAfter(latest.acceptedAt()))) {
                latest = acceptance;
            }
        }
        LocalDate cycleStart = start;
        if (latest != null) {
            LocalDate expires = dayOf(latest).plusMonths(policy.everyMonths());
            if (expires.isAfter(asOf)) {
                // When they were first and last asked before accepting stays part of the record.
                LocalDate acceptedOn = dayOf(latest);
                List<LocalDate> asked = asks.stream().map(Ask::askedOn)
                        .filter(on -> !on.isBefore(start) && !on.isAfter(acceptedOn)).sorted().toList();
                return new HolderAcknowledgement(person, subject.id(), version, AcknowledgementStatus.ACCEPTED,
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
        return new HolderAcknowledgement(person, subject.id(), version, status, holdingSince, null, first, last, dueOn,
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

    /**
     * Every reader of every document, in roles.yaml's order of documents: each under the document's
     * acknowledgement id in {@link HolderAcknowledgement#roleId()}.
     */
    public List<HolderAcknowledgement> documents() {
        return Collections.unmodifiableList(new ArrayList<>(byReader.values()));
    }

    /** Every approval of roles.yaml as it stands, in roles.yaml's order. */
    public List<ApprovalState> approvals() {
        return approvals;
    }

    /** The holders, readers and approvers owed a notice or a reminder on this day, roles first. */
    public List<HolderAcknowledgement> due() {
        List<HolderAcknowledgement> due = new ArrayList<>();
        byHolder.values().stream().filter(h -> h.nextAsk() != null).forEach(due::add);
        byReader.values().stream().filter(h -> h.nextAsk() != null).forEach(due::add);
        approvals.forEach(approval -> approval.standings().stream().filter(h -> h.nextAsk() != null)
                .forEach(due::add));
        return due;
    }

    public Optional<HolderAcknowledgement> of(Email person, String roleId) {
        return Optional.ofNullable(byHolder.get(key(person, roleId)));
    }

    /** Where a reader stands with a document, by the document's acknowledgement id. */
    public Optional<HolderAcknowledgement> ofDocument(Email person, String acknowledgementId) {
        return Optional.ofNullable(byReader.get(key(person, acknowledgementId)));
    }

    /** Holders whose role requires an acceptance. */
    public int required() {
        return (int) byHolder.values().stream().filter(h -> h.status() != AcknowledgementStatus.NOT_REQUIRED).count();
    }

    public int accepted() {
        return (int) byHolder.values().stream().filter(h -> h.status() == AcknowledgementStatus.ACCEPTED).count();
    }
}
