package io.rolecall.core.usecase;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Which days a run may count as. A day ahead of the clock is allowed (time zones differ); more is
 * refused unless {@code allowFuture} is set, which the runtimes take from the environment variable
 * {@value #ALLOW_FUTURE_VARIABLE} for tests, demos and simulations.
 */
public record AsOfRules(Clock clock, boolean allowFuture) {

    public static final String ALLOW_FUTURE_VARIABLE = "ROLECALL_ALLOW_FUTURE_AS_OF";

    /** The rules a runtime configured by {@code environment} follows. */
    public static AsOfRules from(Clock clock, java.util.Map<String, String> environment) {
        return new AsOfRules(clock, "1".equals(environment.get(ALLOW_FUTURE_VARIABLE)));
    }

    /**
     * @param what names the run for the message, such as "this scan"
     * @throws AsOfRefusedException when {@code asOf} is too far ahead
     */
    public void refuseFuture(LocalDate asOf, String what) {
        LocalDate today = LocalDate.now(clock);
        if (!allowFuture && asOf.isAfter(today.plusDays(1))) {
            throw new AsOfRefusedException(what + " is dated " + asOf + ", more than a day after today (" + today
                    + " by this machine's clock); a record dated in the future would make every later real run "
                    + "look stale. Date it today or earlier; to simulate future days in a test or a demo, set "
                    + ALLOW_FUTURE_VARIABLE + "=1.");
        }
    }
}
