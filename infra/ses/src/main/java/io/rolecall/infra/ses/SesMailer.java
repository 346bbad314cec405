package io.rolecall.infra.ses;

import io.rolecall.core.model.Email;
import io.rolecall.core.port.Mailer;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.report.MimeEmail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.RawMessage;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Sends reports through Amazon SES v2 from one verified sender: a simple message with HTML and text
 * parts, or the raw MIME RoleCall composes when the email carries attachments or inline charts, in
 * messages of at most 50 recipients each (SES's limit). An email with no recipient is refused, since
 * SES would reject it anyway and the caller should say why.
 */
public final class SesMailer implements Mailer {

    private final SesV2Client ses;
    private final Email from;
    private final Clock clock;

    public SesMailer(SesV2Client ses, Email from, Clock clock) {
        this.ses = ses;
        this.from = from;
        this.clock = clock;
    }

    /** SES refuses a message to more than 50 recipients (To, Cc and Bcc together). */
    static final int MAX_RECIPIENTS = 50;

    /**
     * Sends the email, in as many messages as it has groups of 50 recipients: a role held through a
     * large group must not make SES reject the report. Returns the SES message ids, comma-separated.
     */
    @Override
    public Email sender() {
        return from;
    }

    @Override
    public String send(OutgoingEmail email) {
        if (email.to().isEmpty()) {
            throw new IllegalArgumentException("the " + email.reference() + " email has no recipient: name an active "
                    + "holder for the reporting roles in roles.yaml or add reporting.alsoNotify");
        }
        List<String> ids = new ArrayList<>();
        for (int start = 0; start < email.to().size(); start += MAX_RECIPIENTS) {
            List<Email> to = email.to().subList(start, Math.min(email.to().size(), start + MAX_RECIPIENTS));
            ids.add(sendTo(new OutgoingEmail(email.reference(), to, email.subject(), email.html(), email.text(),
                    email.attachments(), email.inline())));
        }
        return String.join(",", ids);
    }

    private String sendTo(OutgoingEmail email) {
        SendEmailRequest.Builder request = SendEmailRequest.builder().fromEmailAddress(from.value())
                .destination(Destination.builder().toAddresses(email.to().stream().map(Email::value).toList()).build());
        if (email.attachments().isEmpty() && email.inline().isEmpty()) {
            request.content(EmailContent.builder().simple(Message.builder()
                    .subject(utf8(email.subject()))
                    .body(Body.builder().html(utf8(email.html())).text(utf8(email.text())).build())
                    .build()).build());
        } else {
            byte[] mime = MimeEmail.compose(email, from, clock.instant(),
                    "<" + email.reference() + "." + UUID.randomUUID() + "@rolecall>");
            request.content(EmailContent.builder().raw(RawMessage.builder().data(SdkBytes.fromByteArray(mime)).build())
                    .build());
        }
        return ses.sendEmail(request.build()).messageId();
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset("UTF-8").build();
    }
}
