package io.rolecall.connector.slack;

import io.rolecall.connector.support.ChannelProvider;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.port.MessageChannel;
import java.time.Duration;
import java.util.List;

/** Slack as a channel: roles.yaml's {@code delivery.slack}, with a bot token. */
public final class SlackProvider implements ChannelProvider {

    @Override
    public String name() {
        return Delivery.SLACK;
    }

    @Override
    public String title() {
        return "Slack (Web API)";
    }

    @Override
    public List<DirectoryProvider.Setting> settings() {
        return List.of(
                DirectoryProvider.secret(SlackChannel.TOKEN, "slackBotToken", "The Slack app's Bot User OAuth Token "
                        + "(xoxb-...), with the scopes users:read.email, im:write and chat:write."),
                DirectoryProvider.plain(SlackChannel.ROOT_URL, "Another address for the Slack Web API (a test stub). "
                        + "Default " + SlackChannel.DEFAULT_ROOT + "."));
    }

    @Override
    public MessageChannel create(ProviderSettings settings, Delivery delivery, Duration maxWait, Sleeper sleeper) {
        return SlackChannel.create(HrValues.root(settings, SlackChannel.ROOT_URL, SlackChannel.DEFAULT_ROOT),
                settings.optional(SlackChannel.TOKEN).orElse(null), maxWait, sleeper);
    }
}
