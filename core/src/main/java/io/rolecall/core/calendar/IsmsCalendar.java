package io.rolecall.core.calendar;

import io.rolecall.core.catalogue.Activity;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ISMS calendar on a day: every activity of roles.yaml with its last and next date, every holder
 * of a role that requires training with theirs, and who owns each activity now.
 */
public record IsmsCalendar(List<ActivityState> activities, List<TrainingState> training,
                           Map<String, List<Person>> owners) {

    public static IsmsCalendar of(RoleCatalogue catalogue, RoleHoldings holdings, CalendarRecords records,
                                  LocalDate asOf) {
        List<ActivityState> activities = catalogue.activities().stream()
                .map(activity -> ActivityState.of(activity, records, asOf)).toList();
        Map<String, List<Person>> owners = new LinkedHashMap<>();
        catalogue.activities().forEach(activity -> owners.put(activity.id(),
                holdings.activePrimaries(activity.ownerRole())));
        List<TrainingState> training = new ArrayList<>();
        for (Role role : catalogue.roles()) {
            if (role.training() == null) {
                continue;
            }
            Map<Email, Person> holders = new LinkedHashMap<>();
            for (Holding holding : holdings.of(role.id())) {
                if (holding.isActive()) {
                    holders.putIfAbsent(holding.email(), holding.person());
                }
            }
            holders.values().forEach(holder -> training.add(TrainingState.of(role, holder, records, asOf)));
        }
        return new IsmsCalendar(activities, List.copyOf(training), Map.copyOf(owners));
    }

    /** "Olga Petrov (olga@acme.example)", or "vacant" when the owner role has no active primary holder. */
    public String ownerText(Activity activity) {
        List<Person> people = owners.getOrDefault(activity.id(), List.of());
        return people.isEmpty() ? "vacant" : people.stream().map(Person::label).collect(Collectors.joining(", "));
    }

    /** Activities due soon or overdue, overdue first, then by due date. */
    public List<ActivityState> needingAttention() {
        return activities.stream().filter(state -> state.status() != DueStatus.OK)
                .sorted(java.util.Comparator.comparing((ActivityState state) -> state.status() != DueStatus.OVERDUE)
                        .thenComparing(state -> state.nextDue() == null ? LocalDate.MIN : state.nextDue()))
                .toList();
    }

    public List<TrainingState> trainingOverdue() {
        return training.stream().filter(state -> state.status() == DueStatus.OVERDUE).toList();
    }
}
