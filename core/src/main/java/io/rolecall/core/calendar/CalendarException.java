package io.rolecall.core.calendar;

/** A completion the calendar refuses, with what is wrong and how to fix it; nothing was stored. */
public final class CalendarException extends IllegalArgumentException {

    public CalendarException(String message) {
        super(message);
    }
}
