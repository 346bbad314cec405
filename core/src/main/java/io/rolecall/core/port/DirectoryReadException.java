package io.rolecall.core.port;

/** The directory could not be read completely; the message says what failed and how to fix it. */
public class DirectoryReadException extends RuntimeException {

    public DirectoryReadException(String message) {
        super(message);
    }

    public DirectoryReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
