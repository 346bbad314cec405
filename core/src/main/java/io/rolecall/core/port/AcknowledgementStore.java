package io.rolecall.core.port;

import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.acknowledge.AcknowledgementRecords;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.acknowledge.Attempt;
import io.rolecall.core.model.Email;
import java.util.Collection;

/**
 * The evidence that holders were asked to accept their duties and did: acceptances, wrong attempts
 * and asks, kept for good (nothing here expires).
 */
public interface AcknowledgementStore {

    /** Everything kept, in no particular order. */
    AcknowledgementRecords records();

    /** What is kept of one person and one role, for the acceptance page. */
    AcknowledgementRecords recordsOf(Email person, String roleId);

    /**
     * Keeps an acceptance, unless one of the same person, role, duties version and sequence is kept
     * already: however close together two posts of one form come, one acceptance is kept.
     *
     * @return whether this one was kept
     */
    boolean recordAcceptance(Acceptance acceptance);

    /**
     * Keeps a wrong attempt, unless {@code maxPerHour} attempts of the same person, role and duties
     * version are kept already within the same hour (UTC) as this one: someone posting wrong answers
     * without pause fills no disk.
     *
     * @return whether it was kept
     */
    boolean recordAttempt(Attempt attempt, int maxPerHour);

    /** Idempotent: the same ask (person, role, version, day, kind) recorded twice is kept once. */
    void recordAsks(Collection<Ask> asks);

    /**
     * An opaque value that changes whenever an acceptance or an ask is recorded, the records the rules
     * read: a scan that finds it as the latest scan left it knows that none was recorded since.
     */
    String revision();
}
