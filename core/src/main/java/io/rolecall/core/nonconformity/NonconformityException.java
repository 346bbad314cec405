package io.rolecall.core.nonconformity;

/** A change to the register that cannot be made as asked; the message says why and what to do. */
public final class NonconformityException extends IllegalArgumentException {

    /** What the user can do next, for the CLI to word as its own commands; core names none. */
    public enum Remedy {
        NONE, LIST_NONCONFORMITIES, LIST_FINDINGS, UPDATE_THE_OTHER, COMPLETE_PLAN, GIVE_A_CHANGE, RECORD_ACTION_OR_FORCE,
        FORCE
    }

    private final Remedy remedy;

    public NonconformityException(String message) {
        this(message, Remedy.NONE);
    }

    public NonconformityException(String message, Remedy remedy) {
        super(message);
        this.remedy = remedy;
    }

    public Remedy remedy() {
        return remedy;
    }
}
