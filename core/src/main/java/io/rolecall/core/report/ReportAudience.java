package io.rolecall.core.report;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.Email;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a report goes to. When the role that should receive it is vacant, the report goes up a level
 * instead of nowhere, and {@code notice} says so at the top of the report.
 */
public record ReportAudience(List<Email> to, String notice) {

    public ReportAudience {
        to = List.copyOf(to);
    }

    /** The compliance manager(s) and alsoNotify; top management and alsoNotify when the role is vacant. */
    public static ReportAudience forWeekly(RoleCatalogue catalogue, RoleHoldings holdings) {
        String complianceRole = catalogue.reporting().complianceManagerRole();
        if (!holdings.activePrimaries(complianceRole).isEmpty()) {
            return new ReportAudience(addresses(activeHolders(holdings, complianceRole),
                    catalogue.reporting().alsoNotify()), null);
        }
        return new ReportAudience(addresses(activeHolders(holdings, catalogue.reporting().leadershipRole()),
                catalogue.reporting().alsoNotify()),
                "The " + catalogue.roleName(complianceRole) + " role (" + complianceRole + ") has no active holder, "
                        + "so this report goes to top management and the alsoNotify addresses instead. "
                        + "Appoint someone to keep the ISMS conformant and report on its performance.");
    }

    /** Top management and alsoNotify; the compliance manager(s) when top management is not named. */
    public static ReportAudience forQuarterly(RoleCatalogue catalogue, RoleHoldings holdings) {
        String leadershipRole = catalogue.reporting().leadershipRole();
        if (!holdings.activePrimaries(leadershipRole).isEmpty()) {
            return new ReportAudience(addresses(activeHolders(holdings, leadershipRole),
                    catalogue.reporting().alsoNotify()), null);
        }
        return new ReportAudience(addresses(activeHolders(holdings, catalogue.reporting().complianceManagerRole()),
                catalogue.reporting().alsoNotify()),
                "The " + catalogue.roleName(leadershipRole) + " role (" + leadershipRole + ") has no active holder, "
                        + "so this report goes to the compliance manager and the alsoNotify addresses instead.");
    }

    private static List<Email> activeHolders(RoleHoldings holdings, String roleId) {
        return holdings.of(roleId).stream().filter(Holding::isActive).map(Holding::email).toList();
    }

    private static List<Email> addresses(List<Email> holders, List<Email> alsoNotify) {
        Set<Email> all = new LinkedHashSet<>(holders);
        all.addAll(alsoNotify);
        return new ArrayList<>(all);
    }
}
