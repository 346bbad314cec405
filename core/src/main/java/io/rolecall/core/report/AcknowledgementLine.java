package io.rolecall.core.report;

import io.rolecall.core.acknowledge.AcknowledgementStatus;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;

/** A holder who has yet to accept a role's duties, as the weekly report lists them. */
public record AcknowledgementLine(String role, String holder, String when, boolean overdue) {

    static AcknowledgementLine of(HolderAcknowledgement holder, RoleCatalogue catalogue, DirectorySnapshot directory) {
        String when = holder.status() == AcknowledgementStatus.OVERDUE ? "overdue since " + holder.dueOn()
                : holder.dueOn() == null ? "not asked yet" : "due " + holder.dueOn();
        return new AcknowledgementLine(catalogue.roleName(holder.roleId()),
                directory.find(holder.person()).map(Person::label).orElse(holder.person().value()), when,
                holder.status() == AcknowledgementStatus.OVERDUE);
    }
}
