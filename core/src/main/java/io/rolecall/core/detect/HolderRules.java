package io.rolecall.core.detect;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.handover.Handovers;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.holding.Presence;
import io.rolecall.core.holding.WhoDecides;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.JobProfile;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rules about the people who hold a role: leavers, unknowns, suspended, leaving, robots, movers. */
final class HolderRules implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.BACKUP_SAME_AS_PRIMARY, FindingKind.HOLDER_NOT_IN_DIRECTORY,
                FindingKind.LEAVER_HOLDS_ROLE, FindingKind.HOLDER_SUSPENDED, FindingKind.HOLDER_NOT_A_PERSON,
                FindingKind.HOLDER_LEAVING_SOON, FindingKind.HOLDER_CHANGED_JOB);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        RoleCatalogue catalogue = input.catalogue();
        for (Role role : catalogue.roles()) {
            Map<Email, List<Holding>> byPerson = new LinkedHashMap<>();
            for (Holding holding : input.holdings().of(role.id())) {
                byPerson.computeIfAbsent(holding.email(), e -> new ArrayList<>()).add(holding);
            }
            byPerson.forEach((email, holdings) -> applyToHolder(input, role, new Holder(holdings), out));
        }
    }

    private static void applyToHolder(DetectionInput input, Role role, Holder holder, RaisedFindings out) {
        Person person = holder.first.person();
        if (holder.capacities.size() > 1) {
            raise(out, FindingKind.BACKUP_SAME_AS_PRIMARY, role, holder,
                    holder.label() + " is both primary and backup of " + role.label()
                            + ", so the role has no independent backup.",
                    "Name a different person as backup for " + role.id() + " in roles.yaml and remove "
                            + holder.email() + " from one of its lists.");
        }
        if (holder.first.presence() == Presence.NEVER_SEEN) {
            raise(out, FindingKind.HOLDER_NOT_IN_DIRECTORY, role, holder,
                    holder.email() + " is listed as " + holder.capacityText() + " of " + role.label()
                            + " but no scan has ever seen this address in the directory.",
                    "Correct the address in roles.yaml (a typo or an alias?) or add the person to the directory; "
                            + "until then nobody named can act on " + role.id() + ".");
            return;
        }
        if (holder.first.presence() == Presence.GONE) {
            leaver(out, input, role, holder,
                    holder.label() + " is no longer in the directory (gone since "
                            + holder.first.known().goneSince() + ") but is still listed as "
                            + holder.capacityText() + " of " + role.label() + ".");
            return;
        }
        if (person.status() == PersonStatus.LEFT) {
            leaver(out, input, role, holder,
                    holder.label() + " has left but still holds " + role.label() + " as "
                            + holder.capacityText() + " (" + holder.viaText() + ").");
            return;
        }
        if (person.status() == PersonStatus.SUSPENDED) {
            raise(out, FindingKind.HOLDER_SUSPENDED, role, holder,
                    holder.label() + " is suspended in the directory but holds " + role.label() + " as "
                            + holder.capacityText() + " (" + holder.viaText() + ").",
                    "Find out whether " + holder.email() + " is coming back; if not, hand " + role.id()
                            + " over and update roles.yaml, if so, name a stand-in until they return.");
        }
        if (person.type() == PersonType.SERVICE) {
            raise(out, FindingKind.HOLDER_NOT_A_PERSON, role, holder,
                    holder.label() + " is a service account but holds " + role.label() + " as "
                            + holder.capacityText() + " (" + holder.viaText() + ").",
                    "Assign " + role.id() + " to a named person: a service account cannot carry responsibility."
                            + (holder.isDirect() ? "" : " Remove the account from the group."));
        }
        leavingSoon(input, role, holder, person, out);
        changedJob(input, role, holder, person, out);
    }

    private static void leavingSoon(DetectionInput input, Role role, Holder holder, Person person,
                                    RaisedFindings out) {
        LocalDate endDate = person.endDate();
        LocalDate horizon = input.asOf().plusDays(input.catalogue().policy().leavingSoonDays());
        if (endDate == null || endDate.isAfter(horizon) || input.handedOver(role.id(), holder.email())) {
            return;
        }
        long days = ChronoUnit.DAYS.between(input.asOf(), endDate);
        String when = days > 0 ? "in " + days + (days == 1 ? " day" : " days")
                : days == 0 ? "today" : days * -1 + " days ago, yet the account is still " + person.status();
        raise(out, FindingKind.HOLDER_LEAVING_SOON, role, holder,
                holder.label() + " has an end date of " + endDate + " (" + when + ") and holds " + role.label()
                        + " as " + holder.capacityText() + ".",
                handoverAdvice(input, role, holder, endDate, horizon));
    }

    /** What to do: the successor RoleCall asks to take over, or who must choose one when no backup can. */
    private static String handoverAdvice(DetectionInput input, Role role, Holder holder, LocalDate endDate,
                                         LocalDate horizon) {
        if (holder.capacities.contains(Capacity.PRIMARY) && holder.isDirect()) {
            Optional<Email> successor = Handovers.successor(role, input.holdings(), holder.email(), horizon,
                    input.asOf());
            if (successor.isPresent()) {
                return "RoleCall asks " + successor.get().value() + ", the first backup, to take " + role.id()
                        + " over from " + endDate + "; once they accept, this finding resolves. Or name another "
                        + "successor in roles.yaml before " + endDate + ".";
            }
            return "No active backup can take " + role.id() + " over: "
                    + WhoDecides.about(input.catalogue(), input.holdings(), role.id()) + " must choose a "
                    + "successor and name them in roles.yaml before " + endDate + ".";
        }
        return "Plan the handover now: name a successor for " + role.id() + " in roles.yaml before " + endDate
                + " and brief them on its duties.";
    }

    private static void changedJob(DetectionInput input, Role role, Holder holder, Person person,
                                   RaisedFindings out) {
        JobProfile atStart = input.ledger().jobAtStart(role.id(), holder.email());
        if (atStart == null || atStart.differencesTo(person.job()).isEmpty()) {
            return;
        }
        LocalDate changedOn = input.known().find(holder.email()).map(k -> k.jobSince()).orElse(input.asOf());
        if (role.lastReviewed() != null && !role.lastReviewed().isBefore(changedOn)) {
            return;
        }
        raise(out, FindingKind.HOLDER_CHANGED_JOB, role, holder,
                holder.label() + " changed job on or before " + changedOn + " ("
                        + String.join("; ", atStart.differencesTo(person.job())) + ") since taking " + role.label()
                        + ", and the role has not been reviewed since.",
                "Confirm that " + role.id() + " still fits the new job (or hand it over), then set lastReviewed for "
                        + role.id() + " in roles.yaml to the date of that review.");
    }

    private static void leaver(RaisedFindings out, DetectionInput input, Role role, Holder holder, String message) {
        String remediation;
        if (holder.capacities.contains(Capacity.PRIMARY) && holder.isDirect()) {
            // As for a holder leaving soon: the first backup is asked to take over, or someone must choose.
            Optional<Email> successor = Handovers.successor(role, input.holdings(), holder.email(),
                    input.asOf().plusDays(input.catalogue().policy().leavingSoonDays()), input.asOf());
            remediation = successor.map(next -> "RoleCall asks " + next.value() + ", the first backup, to take "
                    + role.id() + " over now; once they accept, this finding resolves. Then write the handover "
                    + "into roles.yaml (remove " + holder.email() + " from its primary list).").orElseGet(() ->
                    "No active backup can take " + role.id() + " over: " + WhoDecides.about(input.catalogue(),
                            input.holdings(), role.id()) + " must choose a successor and name them in roles.yaml "
                            + "now, in place of " + holder.email() + ".");
        } else if (holder.isDirect() || holder.first.presence() != Presence.IN_DIRECTORY) {
            remediation = "Hand " + role.id() + " over to an active person and remove " + holder.email()
                    + " from its " + holder.capacityText() + " list in roles.yaml.";
        } else {
            remediation = "Remove " + holder.email() + " from " + String.join(", ", holder.groups())
                    + " in the directory (or deprovision the account) and confirm who now covers " + role.id() + ".";
        }
        out.raise(FindingKey.forRoleAndPerson(FindingKind.LEAVER_HOLDS_ROLE, role.id(), holder.email()),
                input.catalogue().isComplianceManagerRole(role.id()), message, remediation);
    }

    private static void raise(RaisedFindings out, FindingKind kind, Role role, Holder holder, String message,
                              String remediation) {
        out.raise(FindingKey.forRoleAndPerson(kind, role.id(), holder.email()), message, remediation);
    }

    /** All holdings of one person for one role (primary, backup or both). */
    private static final class Holder {
        private final Holding first;
        private final Set<Capacity> capacities = new LinkedHashSet<>();
        private final Set<HolderRef> via = new LinkedHashSet<>();

        Holder(List<Holding> holdings) {
            this.first = holdings.get(0);
            holdings.forEach(h -> {
                capacities.add(h.capacity());
                via.addAll(h.via());
            });
        }

        Email email() {
            return first.email();
        }

        String label() {
            return first.label();
        }

        String capacityText() {
            return String.join(" and ", capacities.stream().map(Capacity::word).toList());
        }

        String viaText() {
            return HolderRef.describe(via);
        }

        boolean isDirect() {
            return via.stream().anyMatch(HolderRef.PersonRef.class::isInstance);
        }

        List<String> groups() {
            return via.stream().filter(HolderRef.GroupRef.class::isInstance)
                    .map(ref -> "group " + ((HolderRef.GroupRef) ref).group()).toList();
        }
    }
}
