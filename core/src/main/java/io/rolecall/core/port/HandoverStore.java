package io.rolecall.core.port;

import io.rolecall.core.handover.Handover;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Handovers of roles from leavers to successors, kept for good as evidence of who took over what, when. */
public interface HandoverStore {

    /** Every handover, by id. */
    List<Handover> all();

    Optional<Handover> find(String id);

    /**
     * Keeps proposals a scan made: a new one is added; one already kept is only updated while it is still
     * PROPOSED (its effective day moved with the HR end date), never brought back once accepted, applied or
     * cancelled.
     */
    void propose(Collection<Handover> proposals);

    /**
     * Replaces a handover with its next state, only when it is still in {@code expected}: of two successors'
     * pages, or a page and a cancel, sent at once, one wins and the other learns it.
     *
     * @return whether it was replaced
     */
    boolean transition(Handover next, Handover.Status expected);

    /**
     * An opaque value that changes whenever a handover changes status: a scan reads it as an input (an
     * acceptance puts a successor in effect). A proposal does not change it: the scan that made it made it
     * from its own inputs, and a proposal changes no finding, so the next scan of the same inputs may repeat.
     */
    String revision();
}
