package io.rolecall.core.testing;

import io.rolecall.core.port.Mailer;
import io.rolecall.core.port.OutgoingEmail;
import java.util.ArrayList;
import java.util.List;

/** Keeps what would have been sent. */
public final class RecordingMailer implements Mailer {

    private final List<OutgoingEmail> sent = new ArrayList<>();

    @Override
    public void send(OutgoingEmail email) {
        sent.add(email);
    }

    public List<OutgoingEmail> sent() {
        return sent;
    }
}
