package io.rolecall.core.report;

import io.rolecall.core.model.NameList;
import io.rolecall.core.acknowledge.AcknowledgementStatus;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A row of the role register top management signs off (clause 5.3): who holds the role and backs it
 * up now, whom it reports to, when it was last reviewed, whether its holders accepted their duties,
 * and who took it over or gave it up during the period, from the assignment ledger.
 *
 * @param changes "Bob Stone (bob@acme.example), primary, until 2026-10-12; Carol Diaz (carol@acme.example),
 *                primary, since 2026-10-13", or null when nobody changed
 */
public record RoleRegisterLine(String role, String holders, String backups, String reportsTo, String lastReviewed,
                               String acknowledged, String changes) {

    /** Changes a line shows of one role: a role held through a big group changes every week. */
    static final int MAX_CHANGES = 10;

    static List<RoleRegisterLine> of(ReportInputs inputs, ReportPeriod period) {
        List<RoleRegisterLine> lines = new ArrayList<>();
        for (Role role : inputs.catalogue().roles()) {
            List<Person> primaries = inputs.holdings().activePrimaries(role.id());
            List<Holding> backups = inputs.holdings().realBackups(role.id());
            List<HolderAcknowledgement> asked = inputs.acknowledgements().holders().stream()
                    .filter(h -> h.roleId().equals(role.id())).toList();
            long accepted = asked.stream().filter(h -> h.status() == AcknowledgementStatus.ACCEPTED).count();
            boolean required = asked.stream().noneMatch(h -> h.status() == AcknowledgementStatus.NOT_REQUIRED);
            lines.add(new RoleRegisterLine(role.label(),
                    primaries.isEmpty() ? "vacant"
                            : NameList.upTo(primaries.stream().map(Person::label).toList()),
                    backups.isEmpty() ? "none"
                            : NameList.upTo(backups.stream().map(h -> h.person().label()).toList()),
                    role.reportsTo() == null ? "-" : inputs.catalogue().roleName(role.reportsTo()),
                    role.lastReviewed() == null ? "never" : role.lastReviewed().toString(),
                    !required ? "not required" : asked.isEmpty() ? "no holder to ask"
                            : accepted + " of " + Verdict.count(asked.size(), "holder"),
                    changes(inputs, role.id(), period)));
        }
        return lines;
    }

    /**
     * Who started or stopped holding the role during the period. A period that starts on the role's
     * first day in the ledger is when RoleCall started watching, not a change.
     */
    private static String changes(ReportInputs inputs, String roleId, ReportPeriod period) {
        List<AssignmentPeriod> periods = inputs.ledger().stream().filter(p -> p.roleId().equals(roleId))
                .sorted(Comparator.comparing(AssignmentPeriod::from)).toList();
        if (periods.isEmpty()) {
            return null;
        }
        LocalDate watchedFrom = periods.get(0).from();
        List<String> parts = new ArrayList<>();
        for (AssignmentPeriod p : periods) {
            if (p.to() != null && period.contains(p.to())) {
                parts.add(label(inputs, p.person()) + ", " + p.capacity().word() + ", until " + p.to());
            }
        }
        for (AssignmentPeriod p : periods) {
            if (p.from().isAfter(watchedFrom) && period.contains(p.from())) {
                parts.add(label(inputs, p.person()) + ", " + p.capacity().word() + ", since " + p.from());
            }
        }
        if (parts.size() > MAX_CHANGES) {
            return String.join("; ", parts.subList(0, MAX_CHANGES)) + String.format(Locale.ROOT, "; and %,d more "
                    + "changes (the evidence pack's assignment ledger lists them all)", parts.size() - MAX_CHANGES);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String label(ReportInputs inputs, Email person) {
        return inputs.directory().find(person).map(Person::label).orElse(person.value());
    }
}
