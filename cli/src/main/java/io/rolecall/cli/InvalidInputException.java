package io.rolecall.cli;

/** A command-line input that cannot be used, with a message saying how to fix it (exit code 2). */
final class InvalidInputException extends RuntimeException {

    InvalidInputException(String message) {
        super(message);
    }
}
