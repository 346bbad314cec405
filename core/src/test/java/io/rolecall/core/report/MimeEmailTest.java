package io.rolecall.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.model.Email;
import io.rolecall.core.port.OutgoingEmail;
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
}
