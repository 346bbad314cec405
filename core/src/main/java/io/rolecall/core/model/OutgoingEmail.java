package io.rolecall.core.model;

import io.rolecall.core.model.Email;
import java.util.List;
import java.util.Objects;

/**
 * A report ready to send. {@code reference} names it stably (for example weekly-2026-W48) so that
 * adapters can use it as a file name or an idempotency key.
 */
public record OutgoingEmail(String reference, List<Email> to, String subject, String html, String text,
                            List<Attachment> attachments, List<Inline> inline) {

    public OutgoingEmail {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
        inline = List.copyOf(inline);
    }

    public OutgoingEmail(String reference, List<Email> to, String subject, String html, String text,
                         List<Attachment> attachments) {
        this(reference, to, subject, html, text, attachments, List.of());
    }

    /**
     * An image the HTML shows by {@code cid:contentId}: sent as an inline part, because Gmail and
     * Outlook drop data: URIs and SVG.
     */
    public record Inline(String contentId, String contentType, byte[] content) {
        public Inline {
            Objects.requireNonNull(contentId, "contentId");
            Objects.requireNonNull(contentType, "contentType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    public OutgoingEmail(String reference, List<Email> to, String subject, String html, String text) {
        this(reference, to, subject, html, text, List.of());
    }

    /** A file sent with the email, such as the RACI matrix as CSV. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
