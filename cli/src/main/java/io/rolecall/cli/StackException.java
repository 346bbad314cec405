package io.rolecall.cli;

/**
 * A deployed stack that cannot be used: not found, without RoleCall's outputs, or AWS that cannot be
 * reached with the credentials at hand. The message says which, and what to do.
 */
final class StackException extends RuntimeException {

    /** Whether the cause is what the user typed (exit 2) rather than AWS or its credentials (exit 1). */
    private final boolean invalidInput;

    StackException(String message, boolean invalidInput, Throwable cause) {
        super(message, cause);
        this.invalidInput = invalidInput;
    }

    boolean invalidInput() {
        return invalidInput;
    }
}
