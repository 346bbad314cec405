package io.rolecall.core.port;

import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.model.Email;

/** Delivers a rendered report or notice. */
public interface Mailer {

    /**
     * @return the id the delivery service gave the message (the SES message id; the Message-ID of the outbox's
     *     .eml), for the record: never a path on the machine that sent it
     */
    String send(OutgoingEmail email);

    /** The address the messages go out from, which a kept copy of a report names as its sender. */
    Email sender();
}
