package io.rolecall.core.port;

/**
 * Makes the saves of one use case a single all-or-nothing change: a scan's people, ledger, findings
 * and run record, and later an acknowledgement with its attempt, take effect together or not at all,
 * even when the process is killed part-way.
 */
public interface UnitOfWork {

    /** For stores where a crash cannot happen part-way (the in-memory store of tests). */
    UnitOfWork DIRECT = Runnable::run;

    /**
     * Runs {@code work}; every save it makes through this storage's ports takes effect together, or
     * none does. Reads inside {@code work} may not see its own saves yet, so a use case computes
     * first and saves last. The last save is written last: a use case puts its record of completion
     * (a scan's run record) there. Nested calls join the outer unit.
     */
    void atomically(Runnable work);

    /**
     * Finishes a unit of work that a crash interrupted after it was committed, where the store
     * needs that (DynamoDB, which has no transactions); a no-op elsewhere. Writers call it before
     * they read, so that they never build on half a change. Idempotent.
     */
    default void recover() {
    }
}
