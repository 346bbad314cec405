package io.rolecall.core.history;

import io.rolecall.core.catalogue.ChangeGuardPolicy;
import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import java.util.Optional;

/**
 * Holds a scan in which too many previously active people would stop being active at once: left,
 * suspended, turned into service accounts, or gone from the directory. A partial or garbled directory
 * read looks exactly like that (a read that loses every status makes everyone suspended), and acting
 * on it would flood the compliance manager with false findings (compare Okta's import safeguard and
 * Entra Connect's delete limit).
 */
public final class ChangeGuard {

    private ChangeGuard() {
    }

    /** The verdict on a directory identical to the one stored: nobody stops being active. */
    public static GuardVerdict unchanged(ChangeGuardPolicy policy, DirectoryFingerprint current) {
        return new GuardVerdict(false, current.activeHolders(), 0, policy);
    }

    public static GuardVerdict evaluate(ChangeGuardPolicy policy, KnownPeople before, DirectorySnapshot current) {
        int previouslyActive = 0;
        int leavers = 0;
        for (KnownPerson known : before.all()) {
            if (!known.isPresent() || !known.person().isActiveHolder()) {
                continue;
            }
            previouslyActive++;
            Optional<Person> now = current.find(known.email());
            if (now.isEmpty() || !now.get().isActiveHolder()) {
                leavers++;
            }
        }
        boolean held = previouslyActive > 0
                && leavers >= policy.minLeavers()
                && leavers * 100L > (long) policy.maxLeaversPercent() * previouslyActive;
        return new GuardVerdict(held, previouslyActive, leavers, policy);
    }
}
