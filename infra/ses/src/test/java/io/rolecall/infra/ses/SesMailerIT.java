package io.rolecall.infra.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.infra.awstesting.SesMailbox;
import io.rolecall.infra.awstesting.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SES mailer against an SES v2 emulator that keeps what it receives. */
class SesMailerIT {

    private final SesMailer mailer = new SesMailer(TestClients.ses(), Email.of("rolecall@acme.example"),
            Clock.systemUTC());

    @BeforeEach
    void emptyTheMailbox() {
        SesMailbox.clear();
    }

    @Test
    void aReportGoesOutWithHtmlAndTextToEveryRecipient() {
        OutgoingEmail email = new OutgoingEmail("weekly-2026-W49",
                List.of(Email.of("ada@acme.example"), Email.of("security@acme.example")),
                "RoleCall weekly: Zoë's Co, 2 new gaps, 0 critical open (2026-W49)",
                "<p>Zoë &amp; <strong>co</strong></p>", "Zoë & co");

        String messageId = mailer.send(email);

        assertThat(messageId).isNotBlank();
        assertThat(SesMailbox.all()).singleElement().satisfies(received -> {
            assertThat(received.from()).isEqualTo("rolecall@acme.example");
            assertThat(received.to()).containsExactly("ada@acme.example", "security@acme.example");
            assertThat(received.subject()).isEqualTo(email.subject());
            assertThat(received.html()).contains("Zoë &amp; <strong>co</strong>");
            assertThat(received.text()).contains("Zoë & co");
            assertThat(received.attachments()).isEmpty();
        });
    }

    @Test
    void aReportToMoreThanFiftyRecipientsGoesOutInMessagesOfAtMostFifty() {
        List<Email> everyone = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            everyone.add(Email.of("holder" + i + "@acme.example"));
        }
        OutgoingEmail email = new OutgoingEmail("quarterly-2026-Q4", everyone, "RoleCall quarterly", "<p>q</p>", "q");

        String ids = mailer.send(email);

        assertThat(ids.split(",")).hasSize(3);
        assertThat(SesMailbox.all()).extracting(received -> received.to().size()).containsExactlyInAnyOrder(50, 50, 20);
        assertThat(SesMailbox.all().stream().flatMap(received -> received.to().stream()).distinct().count())
                .isEqualTo(120);
    }

    @Test
    void anEmailWithAnAttachmentGoesOutAsRawMime() {
        OutgoingEmail email = new OutgoingEmail("quarterly-2026-Q4", List.of(Email.of("grace@acme.example")),
                "RoleCall quarterly ISMS roles posture: Acme Ltd, 2026-Q4", "<p>posture</p>", "posture",
                List.of(new OutgoingEmail.Attachment("raci-matrix-2026-Q4.csv", "text/csv",
                        "responsibility_id,responsibility\naudit,Audit\n".getBytes(StandardCharsets.UTF_8))));

        mailer.send(email);

        assertThat(SesMailbox.all()).singleElement().satisfies(received -> {
            assertThat(received.subject()).isEqualTo(email.subject());
            assertThat(received.to()).containsExactly("grace@acme.example");
            assertThat(received.text()).contains("posture");
            assertThat(received.html()).contains("<p>posture</p>");
            assertThat(received.attachments()).containsExactly("raci-matrix-2026-Q4.csv");
        });
    }

    @Test
    void anEmailWithoutRecipientsIsRefusedWithTheFix() {
        assertThatThrownBy(() -> mailer.send(new OutgoingEmail("weekly-2026-W49", List.of(), "s", "h", "t")))
                .hasMessageContaining("no recipient").hasMessageContaining("alsoNotify");
        assertThat(SesMailbox.all()).isEmpty();
    }
}
