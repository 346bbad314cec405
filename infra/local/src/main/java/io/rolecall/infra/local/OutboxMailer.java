package io.rolecall.infra.local;

import io.rolecall.core.model.Email;
import io.rolecall.core.port.Mailer;
import io.rolecall.core.port.OutgoingEmail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * "Sends" a report by writing it into an outbox folder: {@code <reference>.html}, {@code .txt}, and a
 * complete {@code .eml} (multipart text + HTML, with sender, recipients and subject) that any mail
 * client opens. Files are written whole or not at all.
 */
public final class OutboxMailer implements Mailer {

    private final Path directory;
    private final Email from;
    private final Clock clock;

    public OutboxMailer(Path directory, Email from, Clock clock) {
        this.directory = directory;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingEmail email) {
        try {
            Files.createDirectories(directory);
            write(email.reference() + ".html", email.html().getBytes(StandardCharsets.UTF_8));
            write(email.reference() + ".txt", email.text().getBytes(StandardCharsets.UTF_8));
            write(email.reference() + ".eml", mime(email));
        } catch (IOException e) {
            throw new LocalStateException("cannot write the report into " + directory + ": " + e.getMessage()
                    + "; check that --out names a writable folder", e);
        }
    }

    /** Where the files of a report go, by its reference. */
    public Path fileFor(OutgoingEmail email, String extension) {
        return directory.resolve(email.reference() + "." + extension);
    }

    private void write(String name, byte[] content) throws IOException {
        Path target = directory.resolve(name);
        Path temporary = Files.createTempFile(directory, "." + name, ".part");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private byte[] mime(OutgoingEmail email) throws IOException {
        try {
            MimeMessage message = new FixedIdMimeMessage(Session.getInstance(new Properties()),
                    "<" + email.reference() + "." + UUID.randomUUID() + "@rolecall.local>");
            message.setFrom(new InternetAddress(from.value()));
            for (Email to : email.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to.value()));
            }
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IOException("could not build the .eml: " + e.getMessage(), e);
        }
    }

    /** Jakarta Mail would look up the local host name for the Message-ID; a fixed one avoids that. */
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
