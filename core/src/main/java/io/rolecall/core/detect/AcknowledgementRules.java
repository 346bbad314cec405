package io.rolecall.core.detect;

import io.rolecall.core.acknowledge.AcknowledgementStatus;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import java.util.Set;

/**
 * A holder who has not accepted the current duties of their role more than dueDays after the first
 * notice: roles must be communicated, and this is the evidence they were not taken in.
 */
final class AcknowledgementRules implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.ROLE_NOT_ACKNOWLEDGED);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        RoleCatalogue catalogue = input.catalogue();
        for (HolderAcknowledgement holder : input.acknowledgements().holders()) {
            if (holder.status() != AcknowledgementStatus.OVERDUE) {
                continue;
            }
            Role role = catalogue.role(holder.roleId()).orElseThrow();
            boolean reporting = catalogue.isComplianceManagerRole(role.id()) || catalogue.isLeadershipRole(role.id());
            String label = input.directory().find(holder.person()).map(p -> p.label()).orElse(holder.person().value());
            out.raise(FindingKey.forRoleAndPerson(FindingKind.ROLE_NOT_ACKNOWLEDGED, role.id(), holder.person()),
                    reporting,
                    label + " has not accepted the duties of " + role.label() + ", due by " + holder.dueOn()
                            + " (first asked on " + holder.firstAskedOn() + ").",
                    "Ask " + holder.person() + " to open the link in their RoleCall notice, read the duties and "
                            + "accept them; if they should not hold " + role.id() + ", hand it over in roles.yaml.");
        }
    }
}
