package io.rolecall.functions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a function does just before Lambda takes its SnapStart snapshot: the work its first request
 * would otherwise pay for, done once, so that every environment restored from the snapshot starts
 * with the classes loaded and the code warm (the JSON mapper, the SDK's request path, templates,
 * fonts). Priming never reads a secret, signs a link, makes a random value or sends anything: what
 * it leaves in the snapshot is shared by every restored environment, so nothing in it may be
 * unique, and nothing may depend on when it ran. A priming that fails is logged and the snapshot
 * taken anyway: the function then warms up on its first request, as without SnapStart.
 */
public final class SnapStartPriming implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);
    /** CRaC holds registered resources only weakly. */
    private static final List<SnapStartPriming> REGISTERED = new CopyOnWriteArrayList<>();

    private final String function;
    private final Runnable prime;

    SnapStartPriming(String function, Runnable prime) {
        this.function = function;
        this.prime = prime;
    }

    /** Primes {@code function} before its snapshot; outside a SnapStart runtime this does nothing. */
    public static void register(String function, Runnable prime) {
        SnapStartPriming priming = new SnapStartPriming(function, prime);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
    }

    /**
     * The primings registered in this JVM, for what cannot ask CRaC to run them: a JVM without CRaC
     * (CRaC ignores registrations there), such as the cold-start benchmark imitating a snapshot.
     */
    static List<SnapStartPriming> registered() {
        return List.copyOf(REGISTERED);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        try {
            prime.run();
            LOG.atInfo().addKeyValue("function", function)
                    .addKeyValue("primingMs", (System.nanoTime() - started) / 1_000_000).log("primed for the snapshot");
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("function", function).addKeyValue("error", e.getClass().getSimpleName())
                    .log("priming failed, so the first request warms up instead: {}", e.getMessage());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: priming keeps nothing unique, and the wiring reads secrets and clocks per request.
    }
}
