package io.rolecall.core.detect;

import io.rolecall.core.catalogue.Role;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Person;
import java.util.List;
import java.util.Set;

/**
 * A role whose reporting line is checked ({@code checkReportingLine: true}, for a DPO or a person who
 * must report directly to the management body): each primary's manager in the directory must be an
 * active primary of the role it {@code reportsTo}.
 */
final class ReportingLineRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.REPORTING_LINE_MISMATCH);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        for (Role role : input.catalogue().roles()) {
            if (!role.rules().checksReportingLine() || role.reportsTo() == null) {
                continue;
            }
            String bossRole = input.catalogue().roleName(role.reportsTo());
            List<Person> bosses = input.holdings().activePrimaries(role.reportsTo());
            for (Holding holding : input.holdings().activeOf(role.id(), Capacity.PRIMARY)) {
                Email manager = holding.person().manager();
                if (manager != null && bosses.stream().anyMatch(boss -> boss.email().equals(manager))) {
                    continue;
                }
                String actual = manager == null ? "has no manager in the directory"
                        : "reports to " + input.directory().find(manager).map(Person::label).orElse(manager.value());
                String expected = bosses.isEmpty() ? bossRole + " (" + role.reportsTo() + "), which is vacant"
                        : bossRole + " (" + String.join(", ", bosses.stream().map(Person::label).toList()) + ")";
                out.raise(FindingKey.forRoleAndPerson(FindingKind.REPORTING_LINE_MISMATCH, role.id(), holding.email()),
                        holding.person().label() + " holds " + role.label() + ", which reports to " + expected
                                + ", but " + actual + ".",
                        "Set " + holding.email() + "'s manager in the directory to the holder of " + role.reportsTo()
                                + " if that is the real line, or change the reporting line so that " + role.id()
                                + " reports to " + role.reportsTo() + ".");
            }
        }
    }
}
