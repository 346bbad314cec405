package io.rolecall.core.finding;

import io.rolecall.core.model.Severity;
import io.rolecall.core.catalogue.AcceptedRisk;
import io.rolecall.core.catalogue.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges what one scan detected with what the store holds: new gaps open, gaps still detected stay
 * open, gaps no longer detected resolve, and resolved gaps detected again reopen with history kept.
 * A detected gap that an exception in force matches is ACCEPTED instead of open; when its exception
 * expires or is removed, it is open again, due from that day.
 */
public final class FindingLifecycle {

    private FindingLifecycle() {
    }

    /**
     * @param lastScan the day of the latest stored scan before this one (null for the first): a gap
     *                 that resolves now was last seen then
     * @param risks    roles.yaml's exceptions whose approval stands; the first in force that accepts a gap
     *                 (a CRITICAL one only with allowCritical) accepts it
     */
    public static LifecycleOutcome merge(Collection<Finding> stored, Collection<DetectedFinding> detected,
                                         LocalDate asOf, LocalDate lastScan, Policy policy,
                                         List<AcceptedRisk> risks) {
        Map<String, Finding> storedById = new HashMap<>();
        stored.forEach(finding -> storedById.put(finding.id(), finding));
        Set<String> detectedIds = new HashSet<>();
        Changes changes = new Changes();

        for (DetectedFinding detection : detected) {
            if (!detectedIds.add(detection.id())) {
                throw new IllegalArgumentException("detected twice in one scan: " + detection.key());
            }
            Finding before = storedById.get(detection.id());
            RiskAcceptance risk = risks.stream().filter(r -> r.inForceOn(asOf) && r.accepts(detection.key(),
                            detection.severity()))
                    .findFirst().map(r -> RiskAcceptance.under(r.id(), r.expires())).orElse(null);
            LocalDate due = dueDate(asOf, detection.severity(), policy);
            Finding after;
            if (before == null) {
                after = new Finding(detection.key(), detection.severity(), detection.message(),
                        detection.remediation(), List.of(Episode.openedOn(asOf)), due, risk, detection.references());
                (risk == null ? changes.opened : changes.accepted).add(after);
            } else if (!before.isDetected()) {
                after = new Finding(detection.key(), detection.severity(), detection.message(),
                        detection.remediation(), before.episodesPlus(Episode.openedOn(asOf)), due, risk,
                        detection.references());
                (risk == null ? changes.reopened : changes.accepted).add(after);
            } else {
                after = stillDetected(before, detection, risk, asOf, policy, changes);
            }
            changes.record(before, after);
        }
        for (Finding before : stored) {
            if (before.isDetected() && !detectedIds.contains(before.id())) {
                Finding after = before.resolvedOn(asOf, lastScan);
                changes.resolved.add(after);
                changes.record(before, after);
            }
        }
        return changes.outcome(stored);
    }

    /**
     * A gap detected again: wording and severity refresh; the due date follows the severity but counts
     * from when the gap opened (or came back from an exception); unchanged, it is not written.
     */
    private static Finding stillDetected(Finding before, DetectedFinding detection, RiskAcceptance risk,
                                         LocalDate asOf, Policy policy, Changes changes) {
        if (risk != null) {
            boolean sameRisk = before.isAccepted() && before.exception().exceptionId().equals(risk.exceptionId())
                    && before.exception().expires().equals(risk.expires());
            Finding after = before.withDetection(detection, sameRisk ? before.dueDate()
                    : dueDate(before.dueFrom(), detection.severity(), policy), sameRisk ? before.exception() : risk);
            if (!sameRisk) {
                changes.accepted.add(after);
            }
            return after;
        }
        if (before.isAccepted()) {
            RiskAcceptance ended = before.exception().endedOn(asOf);
            Finding after = before.withDetection(detection, dueDate(asOf, detection.severity(), policy), ended);
            changes.returned.add(after);
            return after;
        }
        return before.withDetection(detection, dueDate(before.dueFrom(), detection.severity(), policy),
                before.exception());
    }

    /**
     * The outcome of a scan that detects exactly what the latest scan of the same day detected: nothing
     * opens, reopens, resolves or changes, and the open findings are those stored.
     */
    public static LifecycleOutcome unchanged(Collection<Finding> stored) {
        return new Changes().outcome(stored);
    }

    private static LocalDate dueDate(LocalDate from, Severity severity, Policy policy) {
        return from.plusDays(policy.dueDaysFor(severity));
    }

    /** What one merge changed, by kind of change, and every finding as it is after the merge. */
    private static final class Changes {
        final List<Finding> opened = new ArrayList<>();
        final List<Finding> reopened = new ArrayList<>();
        final List<Finding> resolved = new ArrayList<>();
        final List<Finding> accepted = new ArrayList<>();
        final List<Finding> returned = new ArrayList<>();
        final Map<String, Finding> changed = new LinkedHashMap<>();

        void record(Finding before, Finding after) {
            if (!after.equals(before)) {
                changed.put(after.id(), after);
            }
        }

        LifecycleOutcome outcome(Collection<Finding> stored) {
            Map<String, Finding> all = new LinkedHashMap<>();
            stored.forEach(f -> all.put(f.id(), f));
            all.putAll(changed);
            List<Finding> open = new ArrayList<>(all.values().stream().filter(Finding::isOpen).toList());
            List<Finding> acceptedNow = new ArrayList<>(all.values().stream().filter(Finding::isAccepted).toList());
            open.sort(REPORT_ORDER);
            acceptedNow.sort(REPORT_ORDER);
            return new LifecycleOutcome(List.copyOf(changed.values()), opened, reopened, resolved, open, accepted,
                    returned, acceptedNow, List.copyOf(all.values()));
        }
    }

    /** Most severe first, then by kind, role, responsibility and person: stable for diffs and tests. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::kind)
            .thenComparing(f -> f.roleId() == null ? "" : f.roleId())
            .thenComparing(f -> f.relatedRoleId() == null ? "" : f.relatedRoleId())
            .thenComparing(f -> f.responsibilityId() == null ? "" : f.responsibilityId())
            .thenComparing(f -> f.person() == null ? "" : f.person().value());
}
