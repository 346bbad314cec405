package io.rolecall.connector.teams;

import io.rolecall.connector.support.ChannelProvider;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.port.MessageChannel;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Microsoft Teams as a channel: roles.yaml's {@code delivery.teams}, through a Workflows webhook. */
public final class TeamsProvider implements ChannelProvider {

    @Override
    public String name() {
        return Delivery.TEAMS;
    }

    @Override
    public String title() {
        return "Microsoft Teams (Workflows webhook)";
    }

    @Override
    public List<DirectoryProvider.Setting> settings() {
        return List.of(DirectoryProvider.secret(TeamsChannel.WORKFLOW_URL, "teamsWorkflowUrl", "The address of the "
                + "workflow's 'When a Teams webhook request is received' trigger; its signature makes it a secret."));
    }

    @Override
    public MessageChannel create(ProviderSettings settings, Delivery delivery, Duration maxWait, Sleeper sleeper) {
        String address = settings.required(TeamsChannel.WORKFLOW_URL, "set it to the workflow trigger's address");
        URI workflow;
        try {
            workflow = URI.create(address);
        } catch (IllegalArgumentException e) {
            // Never the address in the message: its signature is the secret.
            throw new IllegalArgumentException(TeamsChannel.WORKFLOW_URL + " is not a web address", e);
        }
        return TeamsChannel.create(workflow, maxWait, sleeper);
    }
}
