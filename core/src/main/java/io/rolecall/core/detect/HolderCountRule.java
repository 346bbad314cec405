package io.rolecall.core.detect;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.framework.RoleRules;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.PersonType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A role with too few or too many active primaries for its {@code holders:} setting, or, where the role
 * must be held by named people (a security official, a DPO), a group or a service account as primary.
 * A role with no active primary at all is left to ROLE_UNASSIGNED, which says it more plainly.
 */
final class HolderCountRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.HOLDER_COUNT);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        for (Role role : input.catalogue().roles()) {
            RoleRules.HolderCount count = role.rules().holders();
            if (count == null) {
                continue;
            }
            int active = input.holdings().activePrimaries(role.id()).size();
            List<String> problems = new ArrayList<>();
            if (active > 0 && count.min() != null && active < count.min()) {
                problems.add("it has " + active + " active primary " + (active == 1 ? "holder" : "holders")
                        + " where it needs at least " + count.min());
            }
            if (count.max() != null && active > count.max()) {
                problems.add("it has " + active + " active primary holders where it allows at most " + count.max());
            }
            if (count.naturalPersons()) {
                role.primary().stream().filter(HolderRef.GroupRef.class::isInstance)
                        .forEach(ref -> problems.add("its primary list names " + ref.label()
                                + ", a group rather than a named person"));
                input.holdings().of(role.id(), Capacity.PRIMARY).stream()
                        .filter(h -> h.person() != null && h.person().type() == PersonType.SERVICE)
                        .map(Holding::label)
                        .forEach(label -> problems.add(label + ", a service account, is a primary holder"));
            }
            if (problems.isEmpty()) {
                continue;
            }
            out.raise(FindingKey.forRole(FindingKind.HOLDER_COUNT, role.id()),
                    role.label() + " does not have the holders it needs: " + String.join("; ", problems) + ".",
                    "List " + describe(count) + " as primary of " + role.id() + " in roles.yaml"
                            + (count.naturalPersons() ? ", each by their own email address" : "") + ".");
        }
    }

    /** "exactly one named person", "at least 2 active holders", "between 1 and 3 named people". */
    private static String describe(RoleRules.HolderCount count) {
        String one = count.naturalPersons() ? "named person" : "active holder";
        String many = count.naturalPersons() ? "named people" : "active holders";
        Integer min = count.min();
        Integer max = count.max();
        if (min != null && min.equals(max)) {
            return min == 1 ? "exactly one " + one : "exactly " + min + " " + many;
        }
        if (min != null && max != null) {
            return "between " + min + " and " + max + " " + many;
        }
        if (min != null) {
            return "at least " + (min == 1 ? "one " + one : min + " " + many);
        }
        if (max != null) {
            return "at most " + (max == 1 ? "one " + one : max + " " + many);
        }
        return "only " + many;
    }
}
