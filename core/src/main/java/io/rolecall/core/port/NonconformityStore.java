package io.rolecall.core.port;

import io.rolecall.core.nonconformity.ConcurrentChangeException;
import io.rolecall.core.nonconformity.NcDraft;
import io.rolecall.core.nonconformity.Nonconformity;
import java.util.List;
import java.util.Optional;

/**
 * The nonconformity register. Ids are NC-YYYY-NNN, consecutive within the year the nonconformity
 * was raised, with no gap and no duplicate even when several runs raise at once. A change is
 * written only over the revision it was read at, so two people updating one nonconformity never
 * overwrite each other unseen.
 */
public interface NonconformityStore {

    /** Every nonconformity, by id. */
    List<Nonconformity> all();

    Optional<Nonconformity> find(String id);

    /** Stores the draft under the next free id of its year; returns it as stored, at revision 1. */
    Nonconformity raise(NcDraft draft);

    /**
     * Writes {@code changed}, read at {@code changed.revision()}, as the next revision.
     *
     * @return it as stored, at its new revision
     * @throws ConcurrentChangeException when the stored revision is another
     */
    Nonconformity update(Nonconformity changed);
}
