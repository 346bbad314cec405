package io.rolecall.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.OutgoingEmail;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailerTest {

    @TempDir
    Path dir;

    private final OutgoingEmail email = new OutgoingEmail("weekly-2026-W48",
            List.of(Email.of("ada@acme.example"), Email.of("security@acme.example")),
            "RoleCall weekly: Zoë's Co, 2 new gaps, 1 critical open (2026-W48)",
            "<p>Zoë &amp; co</p>", "Zoë & co");

    @Test
    void writesHtmlTextAndACompleteEml() throws Exception {
        OutboxMailer mailer = new OutboxMailer(dir.resolve("outbox"), Email.of("rolecall@acme.example"),
                Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC));

        mailer.send(email);

        assertThat(Files.readString(mailer.fileFor(email, "html"))).isEqualTo(email.html());
        assertThat(Files.readString(mailer.fileFor(email, "txt"))).isEqualTo(email.text());
        try (InputStream in = Files.newInputStream(mailer.fileFor(email, "eml"))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(message.getSubject()).isEqualTo(email.subject());
            assertThat(message.getFrom()[0].toString()).isEqualTo("rolecall@acme.example");
            assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                    .containsExactly("ada@acme.example", "security@acme.example");
            assertThat(message.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
            Multipart parts = (Multipart) message.getContent();
            assertThat(parts.getContentType()).startsWith("multipart/alternative");
            assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Zoë & co");
            assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
            assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Zoë &amp; co</p>");
        }
        assertThat(Files.list(dir.resolve("outbox"))).hasSize(3);
    }

    @Test
    void inlineChartsAreWrittenBesideTheHtmlWhichShowsThemAsFilesWhileTheEmlKeepsTheirContentIds() throws Exception {
        OutboxMailer mailer = new OutboxMailer(dir.resolve("outbox"), Email.of("rolecall@acme.example"),
                Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC));
        OutgoingEmail quarterly = new OutgoingEmail("quarterly-2026-Q4", List.of(Email.of("ceo@acme.example")),
                "Quarterly", "<img src=\"cid:chart-coverage-2026-Q4.png\">", "text", List.of(),
                List.of(new OutgoingEmail.Inline("chart-coverage-2026-Q4.png", "image/png", new byte[] {7, 8, 9})));

        mailer.send(quarterly);

        assertThat(Files.readAllBytes(dir.resolve("outbox/chart-coverage-2026-Q4.png"))).containsExactly(7, 8, 9);
        assertThat(Files.readString(mailer.fileFor(quarterly, "html")))
                .isEqualTo("<img src=\"chart-coverage-2026-Q4.png\">");
        assertThat(Files.readString(mailer.fileFor(quarterly, "eml"))).contains("cid:chart-coverage-2026-Q4.png",
                "Content-ID: <chart-coverage-2026-Q4.png>");
    }
}
