package io.rolecall.infra.s3;

/** The configuration bucket could not be used; the message names the object and what to do. */
public final class ConfigBucketException extends RuntimeException {

    public ConfigBucketException(String message) {
        super(message);
    }

    public ConfigBucketException(String message, Throwable cause) {
        super(message, cause);
    }
}
