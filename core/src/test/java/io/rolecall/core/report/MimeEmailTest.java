package io.rolecall.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.OutgoingEmail;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MimeEmailTest {

    @Test
    void headersHoldExactlyTheValidatedAddressesAndASubjectCannotAddHeaders() {
        OutgoingEmail email = new OutgoingEmail("weekly-2026-W49",
                List.of(Email.of("ada@acme.example"), Email.of("o'brien+isms@acme.example")),
                "Weekly\r\nBcc: evil@attacker.example", "<p>hi</p>", "hi");

        String mime = new String(MimeEmail.compose(email, Email.of("rolecall@acme.example"),
                Instant.parse("2026-11-30T08:00:00Z"), "<weekly-2026-W49.1@rolecall>"), StandardCharsets.UTF_8);

        assertThat(mime.lines()).contains("From: rolecall@acme.example",
                "To: ada@acme.example, o'brien+isms@acme.example", "Subject: Weekly Bcc: evil@attacker.example");
        assertThat(mime.lines()).noneMatch(line -> line.startsWith("Bcc:"));
    }

    @Test
    void inlineImagesGoWithTheHtmlInAMultipartRelatedByContentId() throws Exception {
        OutgoingEmail email = new OutgoingEmail("quarterly-2026-Q4", List.of(Email.of("ceo@acme.example")),
                "Quarterly", "<img src=\"cid:chart-coverage-2026-Q4.png\" alt=\"coverage\">", "text",
                List.of(), List.of(new OutgoingEmail.Inline("chart-coverage-2026-Q4.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'})));

        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(MimeEmail.compose(email, Email.of("rolecall@acme.example"),
                        Instant.parse("2026-11-30T08:00:00Z"), "<q.1@rolecall>")));

        jakarta.mail.internet.MimeMultipart alternative = (jakarta.mail.internet.MimeMultipart) message.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        jakarta.mail.internet.MimeMultipart related = (jakarta.mail.internet.MimeMultipart) alternative.getBodyPart(1)
                .getContent();
        assertThat(related.getContentType()).startsWith("multipart/related");
        assertThat(related.getBodyPart(0).isMimeType("text/html")).isTrue();
        jakarta.mail.internet.MimeBodyPart image = (jakarta.mail.internet.MimeBodyPart) related.getBodyPart(1);
        assertThat(image.getContentID()).isEqualTo("<chart-coverage-2026-Q4.png>");
        assertThat(image.getDisposition()).isEqualTo("inline");
        assertThat(image.isMimeType("image/png")).isTrue();
    }
}
