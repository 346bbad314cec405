package io.rolecall.connector.support;

import java.time.Duration;
import java.util.Objects;

/** How a connector classifies a failed request: try again (after a server-given delay, or backing off), or stop. */
public sealed interface Failure permits Failure.Retry, Failure.Fatal {

    /** A transient failure; {@code after} is the server's own hint (rate-limit reset, Retry-After) or null. */
    static Failure retry(String reason, Duration after) {
        return new Retry(reason, after);
    }

    /** A failure that repeating will not fix, with what to configure or check. */
    static Failure fatal(String message) {
        return new Fatal(message);
    }

    record Retry(String reason, Duration after) implements Failure {
        public Retry {
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Fatal(String message) implements Failure {
        public Fatal {
            Objects.requireNonNull(message, "message");
        }
    }
}
