package io.rolecall.core.port;

import io.rolecall.core.model.Email;
import java.util.List;
import java.util.Objects;

/**
 * A report ready to send. {@code reference} names it stably (for example weekly-2026-W48) so that
 * adapters can use it as a file name or an idempotency key.
 */
public record OutgoingEmail(String reference, List<Email> to, String subject, String html, String text) {

    public OutgoingEmail {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        to = List.copyOf(to);
    }
}
