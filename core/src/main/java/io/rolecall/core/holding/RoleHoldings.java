package io.rolecall.core.holding;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds each role right now: every listed email and every member of every listed group,
 * resolved against the directory, once per scan, for the rules, the ledger, metrics and reports.
 */
public final class RoleHoldings {

    private final Map<String, List<Holding>> byRole;

    private RoleHoldings(Map<String, List<Holding>> byRole) {
        this.byRole = byRole;
    }

    public static RoleHoldings resolve(RoleCatalogue catalogue, DirectorySnapshot directory, KnownPeople known) {
        Map<String, List<Holding>> byRole = new LinkedHashMap<>();
        for (Role role : catalogue.roles()) {
            List<Holding> holdings = new ArrayList<>();
            holdings.addAll(resolve(role, Capacity.PRIMARY, role.primary(), directory, known));
            holdings.addAll(resolve(role, Capacity.BACKUP, role.backup(), directory, known));
            byRole.put(role.id(), List.copyOf(holdings));
        }
        return new RoleHoldings(byRole);
    }

    private static List<Holding> resolve(Role role, Capacity capacity, List<HolderRef> refs,
                                         DirectorySnapshot directory, KnownPeople known) {
        Map<Email, List<HolderRef>> viaByEmail = new LinkedHashMap<>();
        for (HolderRef ref : refs) {
            if (ref instanceof HolderRef.PersonRef personRef) {
                viaByEmail.computeIfAbsent(personRef.email(), e -> new ArrayList<>()).add(personRef);
            } else if (ref instanceof HolderRef.GroupRef groupRef) {
                for (Person member : directory.membersOf(groupRef.group())) {
                    viaByEmail.computeIfAbsent(member.email(), e -> new ArrayList<>()).add(groupRef);
                }
            }
        }
        List<Holding> holdings = new ArrayList<>(viaByEmail.size());
        viaByEmail.forEach((email, via) -> holdings.add(new Holding(role.id(), email, capacity, via,
                directory.find(email).orElse(null),
                directory.contains(email) ? null : known.find(email).orElse(null))));
        return holdings;
    }

    /** Every holding of the role, primaries first. */
    public List<Holding> of(String roleId) {
        return byRole.getOrDefault(roleId, List.of());
    }

    public List<Holding> of(String roleId, Capacity capacity) {
        return of(roleId).stream().filter(h -> h.capacity() == capacity).toList();
    }

    public List<Holding> activeOf(String roleId, Capacity capacity) {
        return of(roleId).stream().filter(h -> h.capacity() == capacity && h.isActive()).toList();
    }

    /** The people who can act on the role now: active primaries. */
    public List<Person> activePrimaries(String roleId) {
        return activeOf(roleId, Capacity.PRIMARY).stream().map(Holding::person).toList();
    }

    /** Active backups who are not also primaries of the same role: the only real backups. */
    public List<Holding> realBackups(String roleId) {
        List<Email> primaries = of(roleId, Capacity.PRIMARY).stream().map(Holding::email).toList();
        return activeOf(roleId, Capacity.BACKUP).stream().filter(h -> !primaries.contains(h.email())).toList();
    }

    public Map<String, List<Holding>> all() {
        return byRole;
    }
}
