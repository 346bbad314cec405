package io.rolecall.core.port;

/** Delivers a rendered report. */
public interface Mailer {

    void send(OutgoingEmail email);
}
