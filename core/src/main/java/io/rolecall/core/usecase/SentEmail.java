package io.rolecall.core.usecase;

import io.rolecall.core.model.OutgoingEmail;

/** An email that went out, with the id the delivery service gave it. */
public record SentEmail(OutgoingEmail email, String deliveryId) {
}
