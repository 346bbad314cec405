package io.rolecall.core.detect;

import io.rolecall.core.catalogue.Role;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Days ahead on which every active primary of a role and every backup is away (approved time off in the HR
 * system, or past their end date): one finding per role and gap, naming the days and who is away. Only with
 * an HR source, which knows the time off; a vacant role is ROLE_UNASSIGNED's.
 */
final class CoverageGapRule implements Rule {

    /** A gap that starts this soon leaves little time to arrange cover. */
    static final int SOON_DAYS = 14;

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.COVERAGE_GAP);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        if (input.hrRecords().isEmpty()) {
            return;
        }
        Map<Email, HrRecord> hr = input.hrRecords().get().byEmail();
        int days = input.catalogue().policy().coverageDays();
        for (Role role : input.catalogue().roles()) {
            List<Person> primaries = input.holdings().activePrimaries(role.id());
            if (primaries.isEmpty()) {
                continue;
            }
            Map<Email, Person> cover = new LinkedHashMap<>();
            primaries.forEach(person -> cover.put(person.email(), person));
            input.holdings().realBackups(role.id()).stream().map(Holding::person)
                    .forEach(person -> cover.putIfAbsent(person.email(), person));
            LocalDate start = null;
            for (int d = 0; d <= days; d++) {
                LocalDate day = input.asOf().plusDays(d);
                boolean everyoneAway = d < days && cover.values().stream().allMatch(p -> away(p, hr, day));
                if (everyoneAway && start == null) {
                    start = day;
                } else if (!everyoneAway && start != null) {
                    raise(input, out, role, cover.values(), start, day.minusDays(1));
                    start = null;
                }
            }
        }
    }

    private static boolean away(Person person, Map<Email, HrRecord> hr, LocalDate day) {
        HrRecord record = hr.get(person.email());
        if (record != null && record.awayOn(day)) {
            return true;
        }
        return person.endDate() != null && day.isAfter(person.endDate());
    }

    private static void raise(DetectionInput input, RaisedFindings out, Role role, Iterable<Person> cover,
                              LocalDate first, LocalDate last) {
        List<String> away = new ArrayList<>();
        for (Person person : cover) {
            LocalDate end = person.endDate();
            away.add(person.label() + (end != null && first.isAfter(end) ? " (left on " + end + ")" : " (time off)"));
        }
        boolean soon = ChronoUnit.DAYS.between(input.asOf(), first) < SOON_DAYS;
        String days = first.equals(last) ? "On " + first : "From " + first + " to " + last;
        out.raise(FindingKey.forRolePeriod(FindingKind.COVERAGE_GAP, role.id(), first, last), soon,
                days + ", nobody can act on " + role.label() + ": " + String.join(", ", away) + ".",
                "Name a backup for " + role.id() + " in roles.yaml who is there on those days, or agree with one "
                        + "of them to move their time off.");
    }
}
