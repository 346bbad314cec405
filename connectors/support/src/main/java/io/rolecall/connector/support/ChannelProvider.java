package io.rolecall.connector.support;

import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.port.MessageChannel;
import java.time.Duration;

/**
 * A channel beside email as a plug-in (Slack, Teams, Jira), found like directory and HR sources: its
 * settings come from the environment locally and from the credentials secret's fields on AWS.
 */
public interface ChannelProvider extends SettingsOwner {

    @Override
    default String kind() {
        return "channel";
    }

    /**
     * @param delivery roles.yaml's settings for the channels (Jira's issue type)
     * @param maxWait  the most one run may wait on the channel's rate limits
     * @throws IllegalArgumentException naming the setting that is missing or wrong
     */
    MessageChannel create(ProviderSettings settings, Delivery delivery, Duration maxWait, Sleeper sleeper);
}
