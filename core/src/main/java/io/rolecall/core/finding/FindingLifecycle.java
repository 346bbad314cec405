package io.rolecall.core.finding;

import io.rolecall.core.catalogue.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges what one scan detected with what the store holds: new gaps open, gaps still detected stay
 * open, gaps no longer detected resolve, and resolved gaps detected again reopen with history kept.
 */
public final class FindingLifecycle {

    private FindingLifecycle() {
    }

    /**
     * @param lastScan the day of the latest stored scan before this one (null for the first): a gap
     *                 that resolves now was last seen then
     */
    public static LifecycleOutcome merge(Collection<Finding> stored, Collection<DetectedFinding> detected,
                                         LocalDate asOf, LocalDate lastScan, Policy policy) {
        Map<String, Finding> storedById = new HashMap<>();
        stored.forEach(finding -> storedById.put(finding.id(), finding));
        Set<String> detectedIds = new HashSet<>();
        List<Finding> opened = new ArrayList<>();
        List<Finding> reopened = new ArrayList<>();
        List<Finding> resolved = new ArrayList<>();
        List<Finding> changed = new ArrayList<>();
        List<Finding> open = new ArrayList<>();

        for (DetectedFinding detection : detected) {
            if (!detectedIds.add(detection.id())) {
                throw new IllegalArgumentException("detected twice in one scan: " + detection.key());
            }
            Finding before = storedById.get(detection.id());
            Finding after;
            if (before == null) {
                after = new Finding(detection.key(), detection.severity(), detection.message(),
                        detection.remediation(), List.of(Episode.openedOn(asOf)),
                        dueDate(asOf, detection.severity(), policy));
                opened.add(after);
            } else if (!before.isOpen()) {
                after = new Finding(detection.key(), detection.severity(), detection.message(),
                        detection.remediation(), before.episodesPlus(Episode.openedOn(asOf)),
                        dueDate(asOf, detection.severity(), policy));
                reopened.add(after);
            } else {
                // Still open: refresh wording and severity; the due date follows the severity
                // but always counts from when this episode opened. Unchanged, it is not written.
                after = before.withDetection(detection, dueDate(before.openedOn(), detection.severity(), policy));
            }
            open.add(after);
            if (!after.equals(before)) {
                changed.add(after);
            }
        }
        for (Finding before : stored) {
            if (before.isOpen() && !detectedIds.contains(before.id())) {
                Finding after = before.resolvedOn(asOf, lastScan);
                resolved.add(after);
                changed.add(after);
            }
        }
        open.sort(REPORT_ORDER);
        return new LifecycleOutcome(changed, opened, reopened, resolved, open);
    }

    /**
     * The outcome of a scan that detects exactly what the latest scan of the same day detected: nothing
     * opens, reopens, resolves or changes, and the open findings are those stored.
     */
    public static LifecycleOutcome unchanged(Collection<Finding> stored) {
        List<Finding> open = new ArrayList<>(stored.stream().filter(Finding::isOpen).toList());
        open.sort(REPORT_ORDER);
        return new LifecycleOutcome(List.of(), List.of(), List.of(), List.of(), open);
    }

    private static LocalDate dueDate(LocalDate openedOn, Severity severity, Policy policy) {
        return openedOn.plusDays(policy.dueDaysFor(severity));
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
