package io.rolecall.core.port;

import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.model.Email;

/** Delivers a rendered report or notice. */
public interface Mailer {

    /** @return the id the delivery service gave the message (SES message id, outbox file), for the record */
    String send(OutgoingEmail email);

    /** The address the messages go out from, which a kept copy of a report names as its sender. */
    Email sender();
}
