package io.rolecall.infra.local;

import io.rolecall.core.model.Email;
import io.rolecall.core.port.Mailer;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.report.MimeEmail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.UUID;

/**
 * "Sends" a report by writing it into an outbox folder: {@code <reference>.html}, {@code .txt}, a
 * complete {@code .eml} (with sender, recipients, subject and attachments) that any mail client
 * opens, and each attachment as its own file. Files are written whole or not at all.
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
    public Email sender() {
        return from;
    }

    @Override
    public String send(OutgoingEmail email) {
        try {
            Files.createDirectories(directory);
            // The .html beside the .eml shows the images as files, since a browser knows nothing of cid:.
            String html = email.html();
            for (OutgoingEmail.Inline image : email.inline()) {
                write(image.contentId(), image.content());
                html = html.replace("cid:" + image.contentId(), image.contentId());
            }
            write(email.reference() + ".html", html.getBytes(StandardCharsets.UTF_8));
            write(email.reference() + ".txt", email.text().getBytes(StandardCharsets.UTF_8));
            for (OutgoingEmail.Attachment attachment : email.attachments()) {
                write(attachment.fileName(), attachment.content());
            }
            // The Message-ID is the delivery id, as SES gives its own: records and evidence never carry a local path.
            String messageId = "<" + email.reference() + "." + UUID.randomUUID() + "@rolecall.local>";
            write(email.reference() + ".eml", MimeEmail.compose(email, from, clock.instant(), messageId));
            return messageId;
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
}
