package io.rolecall.core.metrics;

import io.rolecall.core.acknowledge.AcknowledgementPlan;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The ISMS roles posture at one scan: how many roles have an active holder and a real backup, how
 * many holders have accepted their duties, and how many gaps are open. Kept with every run so that
 * the quarterly report can show the trend.
 *
 * @param holdersToAcknowledge active holders (per role) whose role requires an acceptance
 * @param holdersAcknowledged  those of them who accepted the role's current duties
 */
public record PostureMetrics(int people, int activePeople, int roles, int rolesCovered, int rolesNeedingBackup,
                             int rolesWithBackup, Map<Severity, Integer> openBySeverity, int overdue,
                             int conflicts, int leaversHoldingRoles, int holdersToAcknowledge,
                             int holdersAcknowledged, Integer uncoveredRoleDays) {

    /** Without an HR source: days without cover are not known. */
    public PostureMetrics(int people, int activePeople, int roles, int rolesCovered, int rolesNeedingBackup,
                          int rolesWithBackup, Map<Severity, Integer> openBySeverity, int overdue, int conflicts,
                          int leaversHoldingRoles, int holdersToAcknowledge, int holdersAcknowledged) {
        this(people, activePeople, roles, rolesCovered, rolesNeedingBackup, rolesWithBackup, openBySeverity, overdue,
                conflicts, leaversHoldingRoles, holdersToAcknowledge, holdersAcknowledged, null);
    }

    /**
     * The same figures with the role-days ahead on which a role has nobody to act (the sum of its open
     * coverage gaps' days, the goal being 0); known only when the scan read an HR source.
     */
    public PostureMetrics withUncoveredRoleDays(Collection<Finding> openFindings) {
        int days = 0;
        for (Finding finding : openFindings) {
            if (finding.isOpen() && finding.kind() == FindingKind.COVERAGE_GAP) {
                days += (int) finding.key().period().orElseThrow().days();
            }
        }
        return new PostureMetrics(people, activePeople, roles, rolesCovered, rolesNeedingBackup, rolesWithBackup,
                openBySeverity, overdue, conflicts, leaversHoldingRoles, holdersToAcknowledge, holdersAcknowledged,
                days);
    }

    public PostureMetrics {
        Map<Severity, Integer> complete = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            complete.put(severity, openBySeverity.getOrDefault(severity, 0));
        }
        // In severity order, so that stored and printed forms are the same from run to run.
        openBySeverity = Collections.unmodifiableMap(complete);
    }

    public static PostureMetrics compute(RoleCatalogue catalogue, RoleHoldings holdings, DirectorySnapshot directory,
                                         Collection<Finding> openFindings, AcknowledgementPlan acknowledgements,
                                         LocalDate asOf) {
        int covered = 0;
        int needingBackup = 0;
        int withBackup = 0;
        for (Role role : catalogue.roles()) {
            if (!holdings.activePrimaries(role.id()).isEmpty()) {
                covered++;
            }
            if (role.backupRequired()) {
                needingBackup++;
                if (!holdings.realBackups(role.id()).isEmpty()) {
                    withBackup++;
                }
            }
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int overdue = 0;
        int conflicts = 0;
        int leavers = 0;
        for (Finding finding : openFindings) {
            if (!finding.isOpen()) {
                continue;
            }
            bySeverity.merge(finding.severity(), 1, Integer::sum);
            overdue += finding.isOverdue(asOf) ? 1 : 0;
            conflicts += finding.kind() == FindingKind.SEGREGATION_CONFLICT ? 1 : 0;
            leavers += finding.kind() == FindingKind.LEAVER_HOLDS_ROLE ? 1 : 0;
        }
        return new PostureMetrics(directory.size(), (int) directory.activeHolderCount(), catalogue.roles().size(),
                covered, needingBackup, withBackup, bySeverity, overdue, conflicts, leavers,
                acknowledgements.required(), acknowledgements.accepted());
    }

    public int open() {
        return openBySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Share of roles with an active primary holder, 0-100; 100 when there are no roles. */
    public double roleCoveragePercent() {
        return percent(rolesCovered, roles);
    }

    /** Share of roles that need a backup and have an active one who is not the primary, 0-100. */
    public double backupCoveragePercent() {
        return percent(rolesWithBackup, rolesNeedingBackup);
    }

    /** Share of holders who accepted their current duties, 0-100; 100 when no role requires it. */
    public double acknowledgedPercent() {
        return percent(holdersAcknowledged, holdersToAcknowledge);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
