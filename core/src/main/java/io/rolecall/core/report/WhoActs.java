package io.rolecall.core.report;

import io.rolecall.core.catalogue.Activity;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.holding.WhoDecides;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Person;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who must act on a gap, as the weekly report names them: the holder who owes it (training, accepting
 * duties), the owner of an ISMS activity, else the active holder of the role the RACI makes
 * accountable for the work of the finding's role, else the compliance manager.
 */
final class WhoActs {

    private WhoActs() {
    }

    static String of(Finding finding, ReportInputs inputs) {
        return of(finding, inputs.catalogue(), inputs.holdings(), inputs.directory());
    }

    static String of(Finding finding, RoleCatalogue catalogue, RoleHoldings holdings, DirectorySnapshot directory) {
        if ((finding.kind() == FindingKind.TRAINING_OVERDUE || finding.kind() == FindingKind.ROLE_NOT_ACKNOWLEDGED)
                && finding.person() != null) {
            return label(directory, finding) + ", the holder";
        }
        if (finding.activityId() != null) {
            String owner = catalogue.activity(finding.activityId()).map(Activity::ownerRole).orElse(null);
            if (owner != null && !holdings.activePrimaries(owner).isEmpty()) {
                return names(holdings.activePrimaries(owner)) + ", as " + catalogue.roleName(owner);
            }
        }
        return finding.roleId() != null ? WhoDecides.about(catalogue, holdings, finding.roleId())
                : WhoDecides.complianceManager(catalogue, holdings);
    }

    private static String label(DirectorySnapshot directory, Finding finding) {
        return directory.find(finding.person()).map(Person::label).orElse(finding.person().value());
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::label).collect(Collectors.joining(", "));
    }
}
