package io.rolecall.connector.teams;

import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.JsonHttp;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.model.Message;
import io.rolecall.core.model.Recipient;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.MessageChannel;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Microsoft Teams channel through a Workflows webhook ("When a Teams webhook request is received",
 * then "Post card in a chat or channel"): the message is posted as an Adaptive Card, which is all
 * Workflows takes (Office 365 connectors and their MessageCard are retired). The webhook's address
 * carries its own signature, so it is the secret; it answers 202 with no body. A 429 waits its
 * Retry-After; any other failure after the request left may have posted the card, so it is not
 * repeated. Only channel messages (the weekly's digest): a webhook cannot write to one person.
 */
public final class TeamsChannel implements MessageChannel {

    public static final String WORKFLOW_URL = "TEAMS_WORKFLOW_URL";

    private final JsonHttp http;
    private final URI workflow;
    private final AtomicBoolean refusedByStatus;

    TeamsChannel(JsonHttp http, URI workflow, AtomicBoolean refusedByStatus) {
        this.http = http;
        this.workflow = workflow;
        this.refusedByStatus = refusedByStatus;
    }

    /**
     * @param workflow the webhook's address: https, or plain http on a loopback address (a test stub)
     * @param maxWait  the most one run may wait on throttling
     */
    public static TeamsChannel create(URI workflow, Duration maxWait, Sleeper sleeper) {
        HrValues.secure(workflow, WORKFLOW_URL, "it carries the workflow's signature");
        AtomicBoolean refused = new AtomicBoolean();
        return new TeamsChannel(JsonHttp.create("Microsoft Teams", maxWait, sleeper, (status, detail) -> {
            refused.set(status == 401 || status == 403 || status == 404);
            return refused.get() ? Optional.of("the Teams workflow refused the card (HTTP " + status + "): check "
                    + WORKFLOW_URL + " is the address of its 'When a Teams webhook request is received' trigger, "
                    + "and that the workflow is on and has an owner") : Optional.empty();
        }), workflow, refused);
    }

    @Override
    public String name() {
        return "teams";
    }

    @Override
    public Delivered deliver(Message message) {
        if (!(message.to() instanceof Recipient.Channel)) {
            throw new RecipientUnknownException("a Teams workflow posts to its channel only, not to one person");
        }
        try {
            http.create("the workflow's webhook", workflow, null, "application/json", http.write(TeamsCard.of(message)));
            return new Delivered("workflow", null);
        } catch (DirectoryReadException failed) {
            if (refusedByStatus.get()) {
                throw new ChannelRefusedException(failed.getMessage());
            }
            throw new DeliveryFailedException(failed.getMessage(), failed);
        }
    }
}
