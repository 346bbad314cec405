package io.rolecall.core.detect;

import io.rolecall.core.catalogue.Role;
import io.rolecall.core.framework.RoleRules;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A primary whose directory record does not show what the role's {@code eligibility:} asks (a title, a
 * department, a group, another role held), or shows what it rules out (a DPO who is also head of IT).
 * One finding per primary, naming every condition that failed.
 */
final class EligibilityRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.HOLDER_INELIGIBLE);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        for (Role role : input.catalogue().roles()) {
            RoleRules.Eligibility eligibility = role.rules().eligibility();
            if (eligibility == null) {
                continue;
            }
            for (Holding holding : input.holdings().activeOf(role.id(), Capacity.PRIMARY)) {
                Person person = holding.person();
                List<String> failed = new ArrayList<>();
                for (RoleRules.Match match : eligibility.mustMatch()) {
                    if (!matches(input, person, match)) {
                        failed.add("does not have " + match.describe() + " (" + actual(input, person, match) + ")");
                    }
                }
                for (RoleRules.Match match : eligibility.mustNotMatch()) {
                    if (matches(input, person, match)) {
                        failed.add("has " + match.describe() + " (" + actual(input, person, match)
                                + "), which the role rules out");
                    }
                }
                if (!failed.isEmpty()) {
                    out.raise(FindingKey.forRoleAndPerson(FindingKind.HOLDER_INELIGIBLE, role.id(), holding.email()),
                            person.label() + " holds " + role.label() + " but " + String.join("; and ", failed) + ".",
                            "Give " + role.id() + " to someone who meets its eligibility in roles.yaml, or correct "
                                    + holding.email() + "'s record in the directory if it is out of date.");
                }
            }
        }
    }

    private static boolean matches(DetectionInput input, Person person, RoleRules.Match match) {
        return switch (match.attribute()) {
            case TITLE -> person.title() != null && match.pattern().matcher(person.title().trim()).matches();
            case DEPARTMENT -> person.department() != null
                    && match.pattern().matcher(person.department().trim()).matches();
            case GROUP -> person.inGroup(match.value());
            case ROLE -> input.holdings().activeOf(match.value(), Capacity.PRIMARY).stream()
                    .anyMatch(h -> h.email().equals(person.email()));
        };
    }

    /** What the directory shows for the attribute: "title 'Engineer'", "no department". */
    private static String actual(DetectionInput input, Person person, RoleRules.Match match) {
        return switch (match.attribute()) {
            case TITLE -> person.title() == null ? "no title in the directory" : "title '" + person.title() + "'";
            case DEPARTMENT -> person.department() == null ? "no department in the directory"
                    : "department '" + person.department() + "'";
            case GROUP -> person.inGroup(match.value()) ? "a member" : "not a member";
            case ROLE -> matches(input, person, match) ? "holds it" : "does not hold it";
        };
    }
}
