package io.rolecall.core.testing;

import io.rolecall.core.model.Email;
import io.rolecall.core.port.Mailer;
import io.rolecall.core.model.OutgoingEmail;
import java.util.ArrayList;
import java.util.List;

/** Keeps what would have been sent. */
public final class RecordingMailer implements Mailer {

    private final List<OutgoingEmail> sent = new ArrayList<>();

    private RuntimeException failure;

    @Override
    public String send(OutgoingEmail email) {
        if (failure != null) {
            RuntimeException thrown = failure;
            failure = null;
            throw thrown;
        }
        sent.add(email);
        return "message-" + sent.size();
    }

    @Override
    public Email sender() {
        return Email.of("rolecall@acme.example");
    }

    /** The next send throws this, as a mail service outage would. */
    public void failNextSend(RuntimeException e) {
        this.failure = e;
    }

    public List<OutgoingEmail> sent() {
        return sent;
    }
}
