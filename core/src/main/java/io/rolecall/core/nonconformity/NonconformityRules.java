package io.rolecall.core.nonconformity;

import io.rolecall.core.catalogue.NonconformityPolicy;
import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.finding.FindingLifecycle;
import io.rolecall.core.finding.FindingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the register does by itself after each scan, from the findings as the scan left them: a
 * nonconformity whose finding came back after its action was taken (or after it closed) is open
 * again; one whose findings stayed resolved for the effectiveness period after the action closes as
 * effective; and the findings of the policy's severities that became overdue get one nonconformity
 * per finding kind. Each is worked
 * out from stored state alone, so a run that missed a change makes it on the next scan.
 */
public final class NonconformityRules {

    private NonconformityRules() {
    }

    /** The nonconformities to change, and those to raise. */
    public record Result(List<Nonconformity> changed, List<NcDraft> toRaise) {
        public Result {
            changed = List.copyOf(changed);
            toRaise = List.copyOf(toRaise);
        }
    }

    public static Result afterScan(List<Nonconformity> register, List<Finding> findings, NonconformityPolicy policy,
                                   LocalDate asOf) {
        Map<String, Finding> byId = new HashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        List<Nonconformity> changed = new ArrayList<>();
        List<Nonconformity> after = new ArrayList<>();
        for (Nonconformity nc : register) {
            Nonconformity next = advance(nc, byId, policy, asOf);
            after.add(next);
            if (next != nc) {
                changed.add(next);
            }
        }
        List<NcDraft> toRaise = new ArrayList<>();
        if (policy.raiseWhenOverdue()) {
            Map<FindingKind, List<Finding>> overdueByKind = new LinkedHashMap<>();
            for (Finding finding : findings.stream().sorted(FindingLifecycle.REPORT_ORDER).toList()) {
                if (finding.isOverdue(asOf) && policy.severities().contains(finding.severity())
                        && !covered(finding, after)) {
                    overdueByKind.computeIfAbsent(finding.kind(), kind -> new ArrayList<>()).add(finding);
                }
            }
            overdueByKind.forEach((kind, overdue) -> toRaise.add(new NcDraft(NcSource.OVERDUE,
                    overdue.stream().map(Finding::id).toList(), asOf, describe(kind, overdue),
                    Nonconformity.ROLECALL)));
        }
        return new Result(changed, toRaise);
    }

    /**
     * Findings of one kind that became overdue together share a cause more often than not (fifteen
     * holders who never accepted their duties are one failing process), so they make one
     * nonconformity, which lists each.
     */
    private static String describe(FindingKind kind, List<Finding> overdue) {
        if (overdue.size() == 1) {
            Finding finding = overdue.get(0);
            return kind.title() + ", overdue since " + finding.dueDate() + ": " + finding.message();
        }
        LocalDate earliest = overdue.stream().map(Finding::dueDate).min(LocalDate::compareTo).orElseThrow();
        StringBuilder text = new StringBuilder(kind.title() + ", overdue in " + overdue.size() + " findings, since "
                + earliest + " at the earliest.");
        overdue.forEach(finding -> text.append("\n- ").append(finding.message()));
        return text.toString();
    }

    private static Nonconformity advance(Nonconformity nc, Map<String, Finding> findings, NonconformityPolicy policy,
                                         LocalDate asOf) {
        Optional<Back> back = cameBack(nc, findings);
        if (back.isPresent()) {
            return nc.notEffective("finding " + back.get().findingId() + " reopened on " + back.get().on(), asOf);
        }
        if (nc.status() == NcStatus.ACTION_TAKEN && effective(nc, findings, policy.effectivenessDays(), asOf)) {
            return nc.closedAsEffective(asOf, policy.effectivenessDays());
        }
        Optional<String> stillOpen = stillOpen(nc, findings, policy.effectivenessDays(), asOf);
        if (stillOpen.isPresent()) {
            return nc.notEffective("finding " + stillOpen.get() + " is still open " + policy.effectivenessDays()
                    + " days after the action was taken on " + nc.actionTakenOn(), asOf);
        }
        return nc;
    }

    /**
     * A finding of an ACTION_TAKEN nonconformity still open a whole effectiveness period after the
     * action: the action did not fix it. (An accepted one is a decision of top management, not a gap.)
     */
    private static Optional<String> stillOpen(Nonconformity nc, Map<String, Finding> findings, int days,
                                              LocalDate asOf) {
        if (nc.status() != NcStatus.ACTION_TAKEN || asOf.isBefore(nc.actionTakenOn().plusDays(days))) {
            return Optional.empty();
        }
        return nc.findingIds().stream().filter(id -> findings.containsKey(id) && findings.get(id).isOpen())
                .findFirst();
    }

    private record Back(String findingId, LocalDate on) {
    }

    /**
     * A finding of an ACTION_TAKEN or CLOSED nonconformity that opened again after the action was
     * taken (or, for one closed without an action, after it closed).
     */
    private static Optional<Back> cameBack(Nonconformity nc, Map<String, Finding> findings) {
        if (nc.status() != NcStatus.ACTION_TAKEN && nc.status() != NcStatus.CLOSED) {
            return Optional.empty();
        }
        LocalDate since = nc.actionTakenOn() != null ? nc.actionTakenOn() : nc.closedOn();
        if (since == null) {
            return Optional.empty();
        }
        for (String id : nc.findingIds()) {
            Finding finding = findings.get(id);
            if (finding == null) {
                continue;
            }
            for (Episode episode : finding.episodes()) {
                if (episode.openedOn().isAfter(since)) {
                    return Optional.of(new Back(id, episode.openedOn()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Every finding resolved, and resolved for {@code days} days counted from the later of the action
     * and its resolution. A finding the store no longer has cannot prove anything: no automatic close.
     */
    public static boolean effective(Nonconformity nc, Map<String, Finding> findings, int days, LocalDate asOf) {
        if (nc.actionTakenOn() == null) {
            return false;
        }
        LocalDate from = nc.actionTakenOn();
        for (String id : nc.findingIds()) {
            Finding finding = findings.get(id);
            if (finding == null || finding.status() != FindingStatus.RESOLVED) {
                return false;
            }
            if (finding.resolvedAt().isAfter(from)) {
                from = finding.resolvedAt();
            }
        }
        return !asOf.isBefore(from.plusDays(days));
    }

    /**
     * Whether a nonconformity already answers for this finding's current episode: one that is not
     * closed, or one raised since the episode opened.
     */
    private static boolean covered(Finding finding, List<Nonconformity> register) {
        return register.stream().anyMatch(nc -> nc.findingIds().contains(finding.id())
                && (nc.status() != NcStatus.CLOSED || !nc.raisedOn().isBefore(finding.openedOn())));
    }
}
