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

    /**
     * A failure no classification foresaw, in words: its message where it has one, never the name of
     * its exception class, which means nothing to the person reading it.
     */
    static String unexpected(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "no detail" : e.getMessage();
        return "an unexpected error (" + message + "), which RoleCall cannot explain; please report it";
    }

    /**
     * Whether {@code e} came out of a JSON parser's own classes: a client library that parses a page cut
     * short often fails with a null pointer or an illegal argument rather than a parse error. Once compiled
     * code has thrown such an exception often, HotSpot throws a preallocated one with no stack and no
     * message (OmitStackTraceInFastThrow), so a built-in runtime exception without a stack counts too: a
     * read throws those only from the hot loop that parses its pages.
     */
    static boolean fromJsonParser(Throwable e, String parserPackage) {
        if (e.getStackTrace().length == 0 && e.getCause() == null && (e instanceof NullPointerException
                || e instanceof IllegalArgumentException || e instanceof ClassCastException
                || e instanceof ArrayIndexOutOfBoundsException || e instanceof ArithmeticException)) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith(parserPackage)) {
                    return true;
                }
            }
        }
        return false;
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
