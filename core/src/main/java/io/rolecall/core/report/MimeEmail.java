package io.rolecall.core.report;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.OutgoingEmail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * The complete MIME form of an email: text and HTML as alternatives (the HTML with its inline images
 * in a multipart/related), attachments alongside. The
 * outbox writes it as .eml and SES sends it as a raw message, so both see the same bytes.
 */
public final class MimeEmail {

    private MimeEmail() {
    }

    /** @param messageId the Message-ID header, for example {@code <weekly-2026-W48.1234@rolecall>} */
    public static byte[] compose(OutgoingEmail email, Email from, Instant date, String messageId) {
        try {
            MimeMessage message = new FixedIdMimeMessage(Session.getInstance(new Properties()), messageId);
            message.setFrom(address(from));
            // All at once: adding one at a time re-parses the header each time, quadratic in the recipients
            // (30 s for a report to the 5,000 holders of a role held through a group).
            message.setRecipients(Message.RecipientType.TO, email.to().stream().map(MimeEmail::address)
                    .toArray(InternetAddress[]::new));
            message.setSubject(Subjects.oneLine(email.subject()), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(date));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
            MimeBodyPart htmlWithImages = html;
            if (!email.inline().isEmpty()) {
                // multipart/related: the HTML and the images it shows by cid:, as mail clients expect.
                MimeMultipart related = new MimeMultipart("related", html);
                for (OutgoingEmail.Inline image : email.inline()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.content(),
                            image.contentType())));
                    part.setContentID("<" + image.contentId() + ">");
                    part.setDisposition(MimeBodyPart.INLINE);
                    part.setFileName(image.contentId());
                    related.addBodyPart(part);
                }
                htmlWithImages = new MimeBodyPart();
                htmlWithImages.setContent(related);
            }
            MimeMultipart alternative = new MimeMultipart("alternative", text, htmlWithImages);
            if (email.attachments().isEmpty()) {
                message.setContent(alternative);
            } else {
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                MimeMultipart mixed = new MimeMultipart("mixed", body);
                for (OutgoingEmail.Attachment attachment : email.attachments()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                            attachment.contentType())));
                    part.setFileName(attachment.fileName());
                    mixed.addBodyPart(part);
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot build the email " + email.reference() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The address exactly as validated, never parsed again: parsing would read
     * {@code ceo<evil@attacker.example>} as a display name and another address.
     */
    private static InternetAddress address(Email email) {
        InternetAddress address = new InternetAddress();
        address.setAddress(email.value());
        return address;
    }

    /** Jakarta Mail would look up the local host name for the Message-ID; a given one avoids that. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
