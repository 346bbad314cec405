package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.NonconformityPolicy;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.nonconformity.ConcurrentChangeException;
import io.rolecall.core.nonconformity.NcDraft;
import io.rolecall.core.nonconformity.NcSource;
import io.rolecall.core.nonconformity.NcStatus;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.nonconformity.NonconformityException;
import io.rolecall.core.nonconformity.NonconformityRules;
import io.rolecall.core.port.Storage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The nonconformity register (clause 10.2): what RoleCall does by itself after each scan, and what
 * people do by hand: raise, plan, record the action, note, close. Every change is dated by the day
 * the command counts as and names who made it.
 */
public final class NonconformityUseCase {

    /** Rereads and reapplies RoleCall's own changes this often when someone changed the register meanwhile. */
    private static final int ATTEMPTS = 3;
    /**
     * The longest text a note, plan part or description may have: a register entry says what was
     * decided and links to the rest; a megabyte pasted by mistake would be kept and printed for ever.
     */
    public static final int MAX_TEXT = 4_000;

    private final Storage storage;
    private final AsOfRules asOfRules;

    public NonconformityUseCase(Storage storage, AsOfRules asOfRules) {
        this.storage = storage;
        this.asOfRules = asOfRules;
    }

    /** What RoleCall changed in the register after a scan. */
    public record AfterScan(List<Nonconformity> raised, List<Nonconformity> reopened, List<Nonconformity> closed) {
        public static final AfterScan NONE = new AfterScan(List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return raised.isEmpty() && reopened.isEmpty() && closed.isEmpty();
        }
    }

    /**
     * After a stored scan: reopen what proved not effective, close what proved effective, raise one
     * for each newly overdue finding. A held scan changes nothing.
     */
    public AfterScan afterScan(ScanResult scan) {
        if (scan.held()) {
            return AfterScan.NONE;
        }
        NonconformityPolicy policy = scan.catalogue().policy().nonconformities();
        LocalDate asOf = scan.run().asOf();
        for (int attempt = 1; ; attempt++) {
            NonconformityRules.Result due = NonconformityRules.afterScan(storage.nonconformities().all(),
                    scan.findings().all(), policy, asOf);
            List<Nonconformity> reopened = new ArrayList<>();
            List<Nonconformity> closed = new ArrayList<>();
            try {
                for (Nonconformity changed : due.changed()) {
                    Nonconformity written = storage.nonconformities().update(changed);
                    (written.status() == NcStatus.CLOSED ? closed : reopened).add(written);
                }
            } catch (ConcurrentChangeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            List<Nonconformity> raised = due.toRaise().stream().map(storage.nonconformities()::raise).toList();
            return new AfterScan(raised, reopened, closed);
        }
    }

    public List<Nonconformity> list(NcStatus status) {
        return storage.nonconformities().all().stream().filter(nc -> status == null || nc.status() == status).toList();
    }

    public Nonconformity show(String id) {
        return storage.nonconformities().find(id).orElseThrow(() -> new NonconformityException("there is no "
                + "nonconformity " + id + ".", NonconformityException.Remedy.LIST_NONCONFORMITIES));
    }

    /** Raises one by hand for findings the store holds that no unclosed nonconformity covers yet. */
    public Nonconformity raise(List<String> findingIds, String note, String by, LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this nonconformity");
        if (findingIds.isEmpty()) {
            throw new NonconformityException("name at least one finding by its id.",
                    NonconformityException.Remedy.LIST_FINDINGS);
        }
        Map<String, Finding> findings = new HashMap<>();
        storage.findings().findings().forEach(f -> findings.put(f.id(), f));
        for (String id : findingIds) {
            if (!findings.containsKey(id)) {
                throw new NonconformityException("no finding has the id " + id + ".",
                        NonconformityException.Remedy.LIST_FINDINGS);
            }
            storage.nonconformities().all().stream()
                    .filter(nc -> nc.status() != NcStatus.CLOSED && nc.findingIds().contains(id)).findFirst()
                    .ifPresent(nc -> {
                        throw new NonconformityException("finding " + id + " is already in " + nc.id() + " ("
                                + nc.status() + "); update that one.", NonconformityException.Remedy.UPDATE_THE_OTHER);
                    });
        }
        checkLength("the note", note);
        String description = note != null ? note : findingIds.size() == 1
                ? findings.get(findingIds.get(0)).kind() + ": " + findings.get(findingIds.get(0)).message()
                : findingIds.size() + " findings: " + findingIds.stream().map(id -> findings.get(id).kind().name())
                .distinct().collect(Collectors.joining(", "));
        return storage.nonconformities().raise(new NcDraft(NcSource.MANUAL, findingIds, asOf, description, by));
    }

    /**
     * Sets parts of the plan, records that the action was taken, or adds a note; the owner must be a
     * role of the latest scan's roles.yaml.
     */
    public Nonconformity update(String id, Nonconformity.Plan plan, boolean actionTaken, String note, String by,
                                LocalDate asOf) {
        Nonconformity nc = dated(show(id), asOf);
        checkLength("the correction", plan.correction());
        checkLength("the root cause", plan.rootCause());
        checkLength("the corrective action", plan.correctiveAction());
        checkLength("the note", note);
        if (plan.targetDate() != null && plan.targetDate().isBefore(nc.raisedOn())) {
            throw new NonconformityException("the target date " + plan.targetDate() + " is before " + id + " was raised "
                    + "on " + nc.raisedOn() + ": a corrective action cannot be due before its nonconformity existed. "
                    + "Give a target on or after " + nc.raisedOn() + ".");
        }
        if (plan.owner() != null) {
            RoleCatalogue catalogue = latestCatalogue();
            if (catalogue.role(plan.owner()).isEmpty()) {
                throw new NonconformityException("the owner '" + plan.owner() + "' is not a role of roles.yaml; use "
                        + "one of: " + catalogue.roles().stream().map(r -> r.id()).collect(Collectors.joining(", "))
                        + ".");
            }
        }
        Nonconformity changed = nc.plan(plan, asOf, by);
        if (actionTaken) {
            changed = changed.actionTaken(asOf, by);
        }
        if (note != null) {
            changed = changed.note(note, asOf, by);
        }
        if (changed.equals(nc)) {
            throw new NonconformityException("nothing to change: give a correction, root cause, corrective action, "
                    + "owner or target date, record the action as taken, or add a note.",
                    NonconformityException.Remedy.GIVE_A_CHANGE);
        }
        return storage.nonconformities().update(changed);
    }

    /**
     * Closes by hand, with a note. Before its findings have stayed resolved for the effectiveness
     * period after the action (RoleCall would close it then by itself), only with {@code force}.
     */
    public Nonconformity close(String id, String note, boolean force, String by, LocalDate asOf) {
        Nonconformity nc = dated(show(id), asOf);
        if (note == null || note.isBlank()) {
            throw new NonconformityException("closing needs a note saying why (it stays in the history).");
        }
        checkLength("the note", note);
        if (!force && nc.status() != NcStatus.CLOSED) {
            int days = latestCatalogue().policy().nonconformities().effectivenessDays();
            Map<String, Finding> findings = new HashMap<>();
            storage.findings().findings().forEach(f -> findings.put(f.id(), f));
            if (!NonconformityRules.effective(nc, findings, days, asOf)) {
                throw nc.status() == NcStatus.ACTION_TAKEN
                        ? new NonconformityException(id + "'s action was taken on " + nc.actionTakenOn() + "; it counts "
                        + "as effective once its findings have stayed resolved " + days + " days after it (policy."
                        + "nonconformities.effectivenessDays), and RoleCall then closes it by itself.",
                        NonconformityException.Remedy.FORCE)
                        : new NonconformityException(id + " is " + nc.status() + ": its corrective action is not "
                        + "taken yet.", NonconformityException.Remedy.RECORD_ACTION_OR_FORCE);
            }
        }
        return storage.nonconformities().update(nc.closed(note, asOf, by));
    }

    /** A change dated before the latest one of its history would put the history out of date order. */
    private Nonconformity dated(Nonconformity nc, LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this change");
        if (asOf.isBefore(nc.raisedOn())) {
            throw new AsOfRefusedException("this change is dated " + asOf + " but " + nc.id() + " was raised on "
                    + nc.raisedOn() + "; date it " + nc.raisedOn() + " or later.");
        }
        LocalDate latest = nc.history().stream().map(entry -> entry.on()).max(LocalDate::compareTo)
                .orElse(nc.raisedOn());
        if (asOf.isBefore(latest)) {
            throw new AsOfRefusedException("this change is dated " + asOf + " but " + nc.id() + "'s history already "
                    + "has a change on " + latest + ", and the history is kept in date order; date it " + latest
                    + " or later.");
        }
        return nc;
    }

    private static void checkLength(String what, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new NonconformityException(what + " is " + String.format(java.util.Locale.ROOT, "%,d", text.length())
                    + " characters long, more than the register keeps (" + String.format(java.util.Locale.ROOT, "%,d",
                    MAX_TEXT) + "): write what was decided and link to the document that holds the rest.");
        }
    }

    private RoleCatalogue latestCatalogue() {
        return StoredState.latestCatalogue(storage).orElseThrow(() -> new NothingScannedException(
                "no scan is stored yet, so there are no roles to check against: run a scan first."));
    }
}
