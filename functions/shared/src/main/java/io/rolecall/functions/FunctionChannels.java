package io.rolecall.functions;

import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.port.MessageChannel;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.usecase.Deliveries;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The channels beside email for the scan and weekly report functions, made for each run from roles.yaml's
 * {@code delivery:} by the function's wiring (with the channel plug-ins, which only those two functions
 * carry), with their settings from the environment and the credentials secret's fields (slackBotToken,
 * teamsWorkflowUrl, jiraBaseUrl, jiraEmail, jiraApiToken).
 */
public final class FunctionChannels {

    /** A claim on one message: far longer than delivering it takes, shorter than a scheduled retry. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** The most one run waits on a channel's rate limits, well within a function's timeout. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private FunctionChannels() {
    }

    public static Deliveries deliveries(Function<Delivery, List<MessageChannel>> channels, ReportLog log,
                                        Clock clock) {
        return new Deliveries(channels, log, clock, LEASE);
    }

    /** What a function says when roles.yaml uses channels but the stack has no credentials secret. */
    public static IllegalStateException noSecret() {
        return new IllegalStateException("roles.yaml's delivery uses Slack, Teams or Jira, but the stack has no "
                + "CredentialsSecretArn: put the channels' fields (slackBotToken, teamsWorkflowUrl, jiraBaseUrl, "
                + "jiraEmail, jiraApiToken) in a secret, and deploy with CredentialsSecretArn and "
                + "DeliverBeyondEmail=true");
    }
}
