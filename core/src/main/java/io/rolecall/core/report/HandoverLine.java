package io.rolecall.core.report;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * A handover the weekly shows: accepted by the successor but not yet written into roles.yaml (the scan
 * treats the successor as primary from the day; roles.yaml should say so too), or still waiting for the
 * successor (as of the report's day: an acceptance after it is not one yet). Text fields are raw;
 * templates escape them for HTML.
 */
public record HandoverLine(String id, String role, String from, String to, LocalDate effective, String status) {

    /** The accepted ones first, then those waiting, each by day. */
    static List<HandoverLine> of(List<Handover> handovers, RoleCatalogue catalogue, DirectorySnapshot directory,
                                 LocalDate asOf) {
        return handovers.stream().filter(Handover::open)
                .sorted(Comparator.comparing((Handover h) -> !h.acceptedBy(asOf))
                        .thenComparing(Handover::effective).thenComparing(Handover::id))
                .map(h -> new HandoverLine(h.id(), catalogue.roleName(h.roleId()), label(directory, h.from()),
                        label(directory, h.to()), h.effective(), h.acceptedBy(asOf)
                        ? "accepted on " + LocalDate.ofInstant(h.acceptedAt(), ZoneOffset.UTC)
                        + "; roles.yaml does not name them yet" : "not accepted yet")).toList();
    }

    private static String label(DirectorySnapshot directory, Email person) {
        return directory.find(person).map(Person::label).orElse(person.value());
    }
}
