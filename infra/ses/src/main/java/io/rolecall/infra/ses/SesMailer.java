package io.rolecall.infra.ses;

import io.rolecall.core.model.Email;
import io.rolecall.core.port.Mailer;
import io.rolecall.core.port.OutgoingEmail;
import io.rolecall.core.report.MimeEmail;
import java.time.Clock;
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
 * parts, or the raw MIME RoleCall composes when the email carries attachments. An email with no
 * recipient is refused, since SES would reject it anyway and the caller should say why.
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

    @Override
    public String send(OutgoingEmail email) {
        if (email.to().isEmpty()) {
            throw new IllegalArgumentException("the " + email.reference() + " email has no recipient: name an active "
                    + "holder for the reporting roles in roles.yaml or add reporting.alsoNotify");
        }
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
