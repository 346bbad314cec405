package io.rolecall.connector.jira;

import io.rolecall.connector.support.ChannelProvider;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.port.MessageChannel;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Jira Cloud as a channel: roles.yaml's {@code delivery.jira}, with an account's email and API token. */
public final class JiraProvider implements ChannelProvider {

    @Override
    public String name() {
        return Delivery.JIRA;
    }

    @Override
    public String title() {
        return "Jira Cloud (REST v3)";
    }

    @Override
    public List<DirectoryProvider.Setting> settings() {
        return List.of(
                DirectoryProvider.secret(JiraChannel.BASE_URL, "jiraBaseUrl", "The Jira Cloud site, such as "
                        + "https://acme.atlassian.net."),
                DirectoryProvider.secret(JiraChannel.EMAIL, "jiraEmail", "The email of the account RoleCall uses."),
                DirectoryProvider.secret(JiraChannel.API_TOKEN, "jiraApiToken", "An API token of that account "
                        + "(Browse projects, Create issues and Add comments in the project)."));
    }

    @Override
    public MessageChannel create(ProviderSettings settings, Delivery delivery, Duration maxWait, Sleeper sleeper) {
        String site = settings.required(JiraChannel.BASE_URL, "set it to the site, such as https://acme.atlassian.net");
        return JiraChannel.create(URI.create(site), settings.optional(JiraChannel.EMAIL).orElse(null),
                settings.optional(JiraChannel.API_TOKEN).orElse(null), delivery.jira() == null ? "Task"
                        : delivery.jira().issueType(), maxWait, sleeper);
    }
}
