package io.rolecall.functions;

import io.rolecall.connector.support.ChannelProviders;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.usecase.Deliveries;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The channels beside email for the scan and weekly report functions: made for each run from roles.yaml's
 * {@code delivery:}, with their settings from the environment and the credentials secret's fields
 * (slackBotToken, teamsWorkflowUrl, jiraBaseUrl, jiraEmail, jiraApiToken). The secret is read only when
 * roles.yaml uses a channel.
 */
public final class FunctionChannels {

    /** A claim on one message: far longer than delivering it takes, shorter than a scheduled retry. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** The most one run waits on a channel's rate limits, well within a function's timeout. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private FunctionChannels() {
    }

    /**
     * @param secretFields the credentials secret's fields, read when first needed; it throws, saying what
     *                     to set up, when the stack has none or may not read it
     */
    public static Deliveries deliveries(Map<String, String> environment, Supplier<Map<String, String>> secretFields,
                                        ReportLog log, Clock clock) {
        return new Deliveries(delivery -> {
            if (delivery.channels().isEmpty()) {
                return List.of();
            }
            Map<String, String> fields = secretFields.get();
            return ChannelProviders.create(delivery, provider -> ProviderSettings.fromEnvironmentAndSecret(provider,
                    environment, fields), MAX_WAIT, Sleeper.REAL);
        }, log, clock, LEASE);
    }

    /** What a function says when roles.yaml uses channels but the stack has no credentials secret. */
    static IllegalStateException noSecret() {
        return new IllegalStateException("roles.yaml's delivery uses Slack, Teams or Jira, but the stack has no "
                + "CredentialsSecretArn: put the channels' fields (slackBotToken, teamsWorkflowUrl, jiraBaseUrl, "
                + "jiraEmail, jiraApiToken) in a secret, and deploy with CredentialsSecretArn and "
                + "DeliverBeyondEmail=true");
    }
}
