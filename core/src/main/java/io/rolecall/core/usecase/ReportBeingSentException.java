package io.rolecall.core.usecase;

/** Another run holds the period's claim and has not marked the report sent; retry later. */
public final class ReportBeingSentException extends RuntimeException {

    public ReportBeingSentException(String message) {
        super(message);
    }
}
