package io.rolecall.core.detect;

import io.rolecall.core.calendar.AssignmentRecords;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.framework.RoleRules;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import java.time.LocalDate;
import java.util.Set;

/**
 * A new primary of a role whose holder an authority must know ({@code notifyAuthority:}, such as a DPO's
 * contact details for the supervisory authority) not notified within its days: the notice is recorded
 * on or after the day they took over.
 */
final class AuthorityNoticeRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.AUTHORITY_NOT_NOTIFIED);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        for (Role role : input.catalogue().roles()) {
            RoleRules.AuthorityNotice notice = role.rules().notifyAuthority();
            LocalDate first = input.firstPrimaryDay().get(role.id());
            if (notice == null || first == null) {
                continue;
            }
            String noticeId = AssignmentRecords.noticeId(role.id());
            for (Holding holding : input.holdings().activeOf(role.id(), Capacity.PRIMARY)) {
                LocalDate since = input.ledger().since(role.id(), holding.email(), Capacity.PRIMARY);
                if (since == null || !since.isAfter(first)) {
                    continue;
                }
                LocalDate due = since.plusDays(notice.withinDays());
                if (!input.asOf().isAfter(due) || AssignmentRecords.recordedBetween(input.calendar(), noticeId, since,
                        input.asOf())) {
                    continue;
                }
                out.raise(FindingKey.forRoleAndPerson(FindingKind.AUTHORITY_NOT_NOTIFIED, role.id(), holding.email()),
                        holding.label() + " became primary of " + role.label() + " on " + since + ", and no notice "
                                + "to " + notice.authority() + " was recorded within " + notice.withinDays()
                                + " days (by " + due + ").",
                        "Tell " + notice.authority() + " who now holds " + role.id() + ", then record the notice with "
                                + "its day and the authority's reference or receipt.");
            }
        }
    }
}
