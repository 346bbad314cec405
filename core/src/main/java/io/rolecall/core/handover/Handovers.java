package io.rolecall.core.handover;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.holding.Presence;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a scan does with handovers, as pure functions of roles.yaml, who holds what and the handovers kept:
 * put the accepted ones in effect, propose new ones for primaries who are leaving, and close those that
 * roles.yaml has caught up with.
 */
public final class Handovers {

    private Handovers() {
    }

    /**
     * roles.yaml with every accepted handover in effect on {@code asOf}: its successor is a primary (held "by
     * handover", which the ledger keeps as the source of the change) in the leaver's place, and no longer a
     * backup. A leaver who also holds the role through a group still does, until the group changes.
     */
    public static RoleCatalogue inEffect(RoleCatalogue catalogue, List<Handover> handovers, LocalDate asOf) {
        List<Role> changed = new ArrayList<>();
        for (Handover handover : handovers) {
            if (!handover.acceptedBy(asOf) || handover.effective().isAfter(asOf)) {
                continue;
            }
            Role role = changed.stream().filter(r -> r.id().equals(handover.roleId())).findFirst()
                    .or(() -> catalogue.role(handover.roleId())).orElse(null);
            if (role == null || listsDirectly(role.primary(), handover.to())) {
                continue;
            }
            List<HolderRef> primaries = new ArrayList<>();
            HolderRef successor = new HolderRef.PersonRef(handover.to(), handover.id());
            boolean replaced = false;
            for (HolderRef ref : role.primary()) {
                if (ref instanceof HolderRef.PersonRef person && person.email().equals(handover.from())) {
                    if (!replaced) {
                        primaries.add(successor);
                        replaced = true;
                    }
                } else {
                    primaries.add(ref);
                }
            }
            if (!replaced) {
                primaries.add(successor);
            }
            List<HolderRef> backups = role.backup().stream().filter(ref -> !(ref instanceof HolderRef.PersonRef
                    person && person.email().equals(handover.to()))).toList();
            changed.removeIf(r -> r.id().equals(role.id()));
            changed.add(role.withHolders(primaries, backups));
        }
        return changed.isEmpty() ? catalogue : catalogue.withRoles(changed);
    }

    /**
     * A handover for each primary listed in roles.yaml who is leaving within {@code policy.leavingSoonDays}
     * or has left, to the first active backup who is a natural person, not the leaver and not leaving too;
     * none where one is kept already for that role and leaver (whatever its status: a cancelled one is the
     * compliance manager's decision), or where no backup can take over (the leaving finding says who must
     * decide). A kept proposal whose leaver's end date moved comes back with the new day.
     *
     * @param holdings who holds what with roles.yaml as written, so that a successor in effect is no leaver
     */
    public static List<Handover> proposals(RoleCatalogue catalogue, RoleHoldings holdings, List<Handover> kept,
                                           LocalDate asOf) {
        List<Handover> proposals = new ArrayList<>();
        LocalDate horizon = asOf.plusDays(catalogue.policy().leavingSoonDays());
        for (Role role : catalogue.roles()) {
            for (Holding primary : holdings.of(role.id(), Capacity.PRIMARY)) {
                if (!primary.isDirect()) {
                    continue;
                }
                Optional<LocalDate> leaving = leavingOn(primary, horizon, asOf);
                if (leaving.isEmpty()) {
                    continue;
                }
                Optional<Handover> already = kept.stream().filter(h -> h.roleId().equals(role.id())
                        && h.from().equals(primary.email()) && h.status() != Handover.Status.APPLIED).findFirst();
                if (already.isPresent()) {
                    if (already.get().status() == Handover.Status.PROPOSED
                            && !already.get().effective().equals(leaving.get())) {
                        proposals.add(already.get().withEffective(leaving.get()));
                    }
                    continue;
                }
                successor(role, holdings, primary.email(), horizon, asOf).ifPresent(to -> proposals.add(
                        Handover.propose(role.id(), primary.email(), to, leaving.get(), asOf)));
            }
        }
        return proposals;
    }

    /**
     * The first active backup who is a natural person, is not the leaver, not already a primary, and not
     * leaving within the same horizon; empty when there is none.
     */
    public static Optional<Email> successor(Role role, RoleHoldings holdings, Email leaver, LocalDate horizon,
                                            LocalDate asOf) {
        List<Email> primaries = holdings.of(role.id(), Capacity.PRIMARY).stream().map(Holding::email).toList();
        return holdings.of(role.id(), Capacity.BACKUP).stream()
                .filter(Holding::isActive)
                .filter(backup -> !backup.email().equals(leaver) && !primaries.contains(backup.email()))
                .filter(backup -> leavingOn(backup, horizon, asOf).isEmpty())
                .map(Holding::email).findFirst();
    }

    /**
     * The handovers roles.yaml has caught up with, closed on {@code asOf}: applied when it names the
     * successor as a primary, cancelled (with why) when a proposal's leaver is no longer one of its primaries.
     */
    public static List<Handover> closedBy(RoleCatalogue rolesYaml, List<Handover> kept, LocalDate asOf) {
        List<Handover> closed = new ArrayList<>();
        for (Handover handover : kept) {
            if (!handover.open()) {
                continue;
            }
            Optional<Role> role = rolesYaml.role(handover.roleId());
            if (role.isPresent() && listsDirectly(role.get().primary(), handover.to())) {
                closed.add(handover.applied(asOf));
            } else if (handover.status() == Handover.Status.PROPOSED && (role.isEmpty()
                    || !listsDirectly(role.get().primary(), handover.from()))) {
                closed.add(handover.cancelled(asOf, role.isEmpty() ? "roles.yaml no longer has the role"
                        : "roles.yaml no longer names " + handover.from().value() + " as primary"));
            }
        }
        return closed;
    }

    /** The day the holder stops working: their end date within the horizon, or today when they have left. */
    private static Optional<LocalDate> leavingOn(Holding holding, LocalDate horizon, LocalDate asOf) {
        Person person = holding.person();
        if (person == null) {
            return holding.presence() == Presence.GONE ? Optional.of(asOf) : Optional.empty();
        }
        if (person.endDate() != null && !person.endDate().isAfter(horizon)) {
            return Optional.of(person.endDate());
        }
        return person.status() == PersonStatus.LEFT ? Optional.of(asOf) : Optional.empty();
    }

    private static boolean listsDirectly(List<HolderRef> refs, Email person) {
        return refs.stream().anyMatch(ref -> ref instanceof HolderRef.PersonRef listed && listed.handover() == null
                && listed.email().equals(person));
    }
}
