package io.rolecall.core.detect;

import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Person;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A role that must be independent of another ({@code independentOf:}, such as an internal auditor of
 * the ISMS manager) is not: one person holds both, or one's primary is in the other's management line
 * in the directory, either way. A manager loop in the directory leaves independence unproven, and is
 * reported as such. One finding per primary of the role that declares the independence.
 */
final class IndependenceRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.INDEPENDENCE_BREACH);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        RoleCatalogue catalogue = input.catalogue();
        Set<String> judged = new HashSet<>();
        for (Role role : catalogue.roles()) {
            for (String otherId : role.rules().independentOfOrNone()) {
                Optional<Role> other = catalogue.role(otherId);
                // Declared both ways, a pair is judged once, from the role that comes first in roles.yaml.
                String pair = role.id().compareTo(otherId) < 0 ? role.id() + "|" + otherId : otherId + "|" + role.id();
                if (other.isEmpty() || !judged.add(pair)) {
                    continue;
                }
                for (Holding holding : input.holdings().activeOf(role.id(), Capacity.PRIMARY)) {
                    List<String> breaches = breaches(input, role, holding.person(), other.get());
                    if (!breaches.isEmpty()) {
                        out.raise(new FindingKey(FindingKind.INDEPENDENCE_BREACH, role.id(), otherId, null,
                                        holding.email()),
                                role.label() + " must be independent of " + other.get().label() + ", but "
                                        + String.join("; and ", breaches) + ".",
                                "Give " + role.id() + " to someone outside " + otherId + "'s management line (an "
                                        + "external reviewer, if the team is too small), or correct the managers in "
                                        + "the directory if they are out of date.");
                    }
                }
            }
        }
    }

    private static List<String> breaches(DetectionInput input, Role role, Person holder, Role other) {
        List<String> breaches = new ArrayList<>();
        ManagementLine line = ManagementLine.of(input.directory(), holder);
        if (line.loopsAt() != null) {
            breaches.add("independence cannot be confirmed: the directory's managers of " + holder.label()
                    + " go round in a loop (" + chain(input, holder.email(), line.managers()) + " and back to "
                    + label(input, line.loopsAt()) + ")");
        }
        for (Holding otherHolding : input.holdings().activeOf(other.id(), Capacity.PRIMARY)) {
            Person counterpart = otherHolding.person();
            if (counterpart.email().equals(holder.email())) {
                breaches.add(holder.label() + " holds both");
                continue;
            }
            line.between(counterpart.email()).ifPresent(between -> breaches.add(said(input, holder, role,
                    counterpart, other, between, line.managers())));
            ManagementLine theirs = ManagementLine.of(input.directory(), counterpart);
            theirs.between(holder.email()).ifPresent(between -> breaches.add(said(input, counterpart, other,
                    holder, role, between, theirs.managers())));
        }
        return breaches;
    }

    /** "Ivy Chen (internal auditor) reports to Ada Lovelace (ISMS manager) through 1 manager (Bo Li)". */
    private static String said(DetectionInput input, Person report, Role reportRole, Person boss, Role bossRole,
                               int between, List<Email> managers) {
        String who = report.label() + " (" + reportRole.name() + ") reports to " + boss.label() + " ("
                + bossRole.name() + ")";
        if (between == 0) {
            return who + " directly";
        }
        return who + " through " + between + (between == 1 ? " manager (" : " managers (")
                + String.join(", ", managers.subList(0, between).stream().map(m -> label(input, m)).toList()) + ")";
    }

    private static String chain(DetectionInput input, Email start, List<Email> managers) {
        List<String> names = new ArrayList<>();
        names.add(label(input, start));
        managers.forEach(manager -> names.add(label(input, manager)));
        return String.join(" reports to ", names);
    }

    private static String label(DetectionInput input, Email email) {
        return input.directory().find(email).map(Person::label).orElse(email.value());
    }
}
