package io.rolecall.core.report;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.nonconformity.NcStatus;
import io.rolecall.core.nonconformity.Nonconformity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A nonconformity as the weekly report lists it: why it needs action now. */
public record NonconformityLine(String id, String status, String description, String owner, String why) {

    /** An OPEN nonconformity without a plan this long needs the compliance manager's attention. */
    static final int DAYS_WITHOUT_PLAN = 7;

    /** Those OPEN for more than a week without a plan, and those whose target date passed, by id. */
    static List<NonconformityLine> needingAction(List<Nonconformity> register, RoleCatalogue catalogue,
                                                LocalDate asOf) {
        List<NonconformityLine> lines = new ArrayList<>();
        for (Nonconformity nc : register) {
            long open = ChronoUnit.DAYS.between(nc.raisedOn(), asOf);
            String why = null;
            if (nc.actionOverdue(asOf)) {
                why = "target date " + nc.targetDate() + " passed, action not taken";
            } else if (nc.status() == NcStatus.OPEN && !nc.planComplete() && open > DAYS_WITHOUT_PLAN) {
                why = "open " + open + " days without a plan (root cause, action, owner, target)";
            }
            if (why != null) {
                lines.add(new NonconformityLine(nc.id(), nc.status().name(), nc.summary(),
                        nc.owner() == null ? "none yet" : catalogue.roleName(nc.owner()), why));
            }
        }
        return lines;
    }
}
