package io.rolecall.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.acknowledge.DutiesView;
import io.rolecall.core.acknowledge.HolderNotice;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice as a chat message: each section's button says what its link asks. */
class ChannelMessagesTest {

    private static final Approval POLICY = new Approval("security-policy", "Information security policy", "3.2",
            "https://intranet.example/policy", "board", Approval.ALL, 12, 30);

    private static HolderNotice notice(boolean reminder, boolean overdue) {
        return new HolderNotice("notice-2026-11-30-abc", Email.of("ceo@acme.example"), "Your document to approve",
                "Hello Cleo,", "Acme Ltd", reminder, List.of(new HolderNotice.RoleSection(
                DutiesView.of(POLICY, "Management board"), "https://roles.acme.example/ack/t", "2026-12-30",
                "2027-01-06", reminder, overdue, List.of())), "Ada");
    }

    @Test
    void anApprovalAsksToApproveItsVersionNotToAcceptDuties() {
        Message message = ChannelMessages.holderNotice(notice(false, false));

        assertThat(message.text()).isEqualTo("Acme Ltd asks you to approve this document: read it and answer with "
                + "the link.");
        assertThat(message.sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("Information security policy");
            assertThat(section.text()).isEqualTo("Approve by 2026-12-30.");
            assertThat(section.linkLabel()).isEqualTo("Approve version 3.2");
            assertThat(section.url()).isEqualTo("https://roles.acme.example/ack/t");
        });
    }

    @Test
    void aLateReminderSaysWhatIsStillUndone() {
        Message message = ChannelMessages.holderNotice(notice(true, true));

        assertThat(message.text()).isEqualTo("You have not approved this document yet. Please read it and answer "
                + "with the link.");
        assertThat(message.sections().get(0).text()).isEqualTo("Due on 2026-12-30: please approve now.");
    }
}
