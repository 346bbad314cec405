package io.rolecall.core.nonconformity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A nonconformity of the register (ISO/IEC 27001 clause 10.2): the findings it is about, the
 * correction, root cause, corrective action, its owner (a role) and target date, and an append-only
 * history of every change. Changes return a new value with the entries they add; the store writes it
 * only over the {@code revision} it was read at.
 *
 * @param actionTakenOn the day the corrective action was recorded as taken; the effectiveness
 *                      period counts from it (null unless ACTION_TAKEN or closed after it)
 */
public record Nonconformity(String id, int revision, NcStatus status, NcSource source, List<String> findingIds,
                            LocalDate raisedOn, String description, String correction, String rootCause,
                            String correctiveAction, String owner, LocalDate targetDate, LocalDate actionTakenOn,
                            LocalDate closedOn, List<NcHistoryEntry> history) {

    /** Who RoleCall's own changes are by. */
    public static final String ROLECALL = "rolecall";

    public Nonconformity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(raisedOn, "raisedOn");
        Objects.requireNonNull(description, "description");
        findingIds = List.copyOf(findingIds);
        history = List.copyOf(history);
    }

    /** The new values of a plan; null leaves a field as it is. */
    public record Plan(String correction, String rootCause, String correctiveAction, String owner,
                       LocalDate targetDate) {

        public static final Plan NONE = new Plan(null, null, null, null, null);

        boolean changesTheAction() {
            return rootCause != null || correctiveAction != null || owner != null || targetDate != null;
        }
    }

    /** The first line of the description: what lists and reports show (the rest lists the findings). */
    public String summary() {
        int newline = description.indexOf('\n');
        return newline < 0 ? description : description.substring(0, newline);
    }

    /** Root cause, corrective action, owner and target date are all set. */
    public boolean planComplete() {
        return rootCause != null && correctiveAction != null && owner != null && targetDate != null;
    }

    /** The target date has passed and the action is not taken yet. */
    public boolean actionOverdue(LocalDate asOf) {
        return targetDate != null && asOf.isAfter(targetDate)
                && (status == NcStatus.OPEN || status == NcStatus.ACTION_PLANNED);
    }

    /**
     * Sets what {@code plan} gives, each in its own history entry. Setting any part of the action on
     * an OPEN nonconformity whose plan is then complete makes it ACTION_PLANNED.
     */
    public Nonconformity plan(Plan plan, LocalDate on, String by) {
        refuseClosed("change");
        Changes changes = new Changes(this, on, by);
        String newCorrection = changes.text("correction", correction, plan.correction());
        String newRootCause = changes.text("root cause", rootCause, plan.rootCause());
        String newAction = changes.text("corrective action", correctiveAction, plan.correctiveAction());
        String newOwner = changes.text("owner", owner, plan.owner());
        LocalDate newTarget = plan.targetDate() == null || plan.targetDate().equals(targetDate) ? targetDate
                : changes.add("target date: " + plan.targetDate(), plan.targetDate());
        Nonconformity planned = new Nonconformity(id, revision, status, source, findingIds, raisedOn, description,
                newCorrection, newRootCause, newAction, newOwner, newTarget, actionTakenOn, closedOn,
                changes.history());
        if (status == NcStatus.OPEN && plan.changesTheAction() && planned.planComplete()) {
            return planned.withStatus(NcStatus.ACTION_PLANNED, on, by, "status: ACTION_PLANNED");
        }
        return planned;
    }

    /** Records that the corrective action was taken: the effectiveness period starts {@code on}. */
    public Nonconformity actionTaken(LocalDate on, String by) {
        refuseClosed("record an action on");
        if (status == NcStatus.ACTION_TAKEN) {
            throw new NonconformityException(id + " is already ACTION_TAKEN (on " + actionTakenOn + ").");
        }
        if (!planComplete()) {
            List<String> missing = new ArrayList<>();
            if (rootCause == null) {
                missing.add("its root cause");
            }
            if (correctiveAction == null) {
                missing.add("its corrective action");
            }
            if (owner == null) {
                missing.add("its owner");
            }
            if (targetDate == null) {
                missing.add("its target date");
            }
            throw new NonconformityException(id + " has no complete plan yet: set " + String.join(", ", missing)
                    + " first (a corrective action answers a known cause, so both come before it is taken).",
                    NonconformityException.Remedy.COMPLETE_PLAN);
        }
        Nonconformity taken = new Nonconformity(id, revision, NcStatus.ACTION_TAKEN, source, findingIds, raisedOn,
                description, correction, rootCause, correctiveAction, owner, targetDate, on, closedOn, history);
        return taken.withHistory(new NcHistoryEntry(on, by, "status: ACTION_TAKEN"));
    }

    public Nonconformity note(String text, LocalDate on, String by) {
        return withHistory(new NcHistoryEntry(on, by, "note: " + text));
    }

    /** Closed by hand, with the reason. */
    public Nonconformity closed(String note, LocalDate on, String by) {
        refuseClosed("close");
        return closedOn(on, by, "status: CLOSED: " + note);
    }

    /** Closed by RoleCall: its findings stayed resolved for the effectiveness period. */
    public Nonconformity closedAsEffective(LocalDate on, int days) {
        return closedOn(on, ROLECALL, "status: CLOSED: corrective action effective; its findings stayed resolved "
                + days + " days after the action");
    }

    /**
     * Back to OPEN: a finding came back after the action was taken or the nonconformity closed, or
     * stayed open a whole effectiveness period after the action.
     */
    public Nonconformity notEffective(String why, LocalDate on) {
        Nonconformity open = new Nonconformity(id, revision, NcStatus.OPEN, source, findingIds, raisedOn, description,
                correction, rootCause, correctiveAction, owner, targetDate, null, null, history);
        return open.withHistory(new NcHistoryEntry(on, ROLECALL, "status: OPEN: corrective action not effective: "
                + why));
    }

    /** The same, at the revision the store wrote it at. */
    public Nonconformity atRevision(int newRevision) {
        return new Nonconformity(id, newRevision, status, source, findingIds, raisedOn, description, correction,
                rootCause, correctiveAction, owner, targetDate, actionTakenOn, closedOn, history);
    }

    private Nonconformity closedOn(LocalDate on, String by, String entry) {
        Nonconformity closed = new Nonconformity(id, revision, NcStatus.CLOSED, source, findingIds, raisedOn,
                description, correction, rootCause, correctiveAction, owner, targetDate, actionTakenOn, on, history);
        return closed.withHistory(new NcHistoryEntry(on, by, entry));
    }

    private Nonconformity withStatus(NcStatus newStatus, LocalDate on, String by, String entry) {
        return new Nonconformity(id, revision, newStatus, source, findingIds, raisedOn, description, correction,
                rootCause, correctiveAction, owner, targetDate, actionTakenOn, closedOn, history)
                .withHistory(new NcHistoryEntry(on, by, entry));
    }

    Nonconformity withHistory(NcHistoryEntry entry) {
        List<NcHistoryEntry> all = new ArrayList<>(history);
        all.add(entry);
        return new Nonconformity(id, revision, status, source, findingIds, raisedOn, description, correction,
                rootCause, correctiveAction, owner, targetDate, actionTakenOn, closedOn, all);
    }

    private void refuseClosed(String what) {
        if (status == NcStatus.CLOSED) {
            throw new NonconformityException(id + " is CLOSED (on " + closedOn + "); a closed nonconformity cannot "
                    + "be changed. If the problem is back, raise a new one.");
        }
    }

    /** The history entries one change adds, each field's in turn. */
    private static final class Changes {
        private final List<NcHistoryEntry> history;
        private final LocalDate on;
        private final String by;

        Changes(Nonconformity before, LocalDate on, String by) {
            this.history = new ArrayList<>(before.history());
            this.on = on;
            this.by = by;
        }

        String text(String field, String before, String after) {
            return after == null || after.equals(before) ? before : add(field + ": " + after, after);
        }

        <T> T add(String change, T value) {
            history.add(new NcHistoryEntry(on, by, change));
            return value;
        }

        List<NcHistoryEntry> history() {
            return history;
        }
    }
}
