package io.rolecall.core.port;

/** Delivers a rendered report or notice. */
public interface Mailer {

    /** @return the id the delivery service gave the message (SES message id, outbox file), for the record */
    String send(OutgoingEmail email);
}
