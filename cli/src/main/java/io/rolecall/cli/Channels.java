package io.rolecall.cli;

import io.rolecall.connector.jira.JiraChannel;
import io.rolecall.connector.slack.SlackChannel;
import io.rolecall.connector.teams.TeamsChannel;
import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.port.MessageChannel;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.usecase.Deliveries;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The channels beside email on this machine, from the environment: Slack when SLACK_BOT_TOKEN is set
 * (at ROLECALL_SLACK_API_URL, https or a loopback stub), Teams when TEAMS_WORKFLOW_URL is, Jira when
 * JIRA_BASE_URL is (for a scan, which knows roles.yaml's issue type). What each did is printed after the
 * emails.
 */
final class Channels {

    /** A local run delivers in moments; a claim older than this belongs to a run that died. */
    private static final Duration LEASE = Duration.ofMinutes(10);
    /** The most one run waits on Slack's rate limits. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private Channels() {
    }

    static Deliveries from(Map<String, String> environment, ReportLog log, Clock clock) {
        return from(environment, log, clock, Delivery.EMAIL_ONLY);
    }

    /** @param delivery roles.yaml's settings, which Jira's issues need */
    static Deliveries from(Map<String, String> environment, ReportLog log, Clock clock, Delivery delivery) {
        List<MessageChannel> channels = new ArrayList<>();
        String token = environment.get(SlackChannel.TOKEN);
        if (token != null && !token.isBlank()) {
            try {
                channels.add(SlackChannel.create(HrValues.root(ProviderSettings.of(environment), SlackChannel.ROOT_URL,
                        SlackChannel.DEFAULT_ROOT), token, MAX_WAIT, Sleeper.REAL));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage());
            }
        }
        String workflow = environment.get(TeamsChannel.WORKFLOW_URL);
        if (workflow != null && !workflow.isBlank()) {
            try {
                channels.add(TeamsChannel.create(java.net.URI.create(workflow.strip()), MAX_WAIT, Sleeper.REAL));
            } catch (IllegalArgumentException e) {
                // Never the address in the message: its signature is the secret.
                throw new InvalidInputException(e.getMessage().startsWith(TeamsChannel.WORKFLOW_URL) ? e.getMessage()
                        : TeamsChannel.WORKFLOW_URL + " is not a web address");
            }
        }
        String site = environment.get(JiraChannel.BASE_URL);
        if (site != null && !site.isBlank() && delivery.jira() != null) {
            try {
                channels.add(JiraChannel.create(java.net.URI.create(site.strip()), environment.get(JiraChannel.EMAIL),
                        environment.get(JiraChannel.API_TOKEN), delivery.jira().issueType(), MAX_WAIT, Sleeper.REAL));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage());
            }
        }
        return new Deliveries(channels, log, clock, LEASE);
    }

    /** Refuses a roles.yaml that delivers to a channel whose secret this machine lacks, naming the variable. */
    static void checkSecrets(RoleCatalogue catalogue, Map<String, String> environment) {
        for (String channel : catalogue.delivery().channels()) {
            if (channel.equals(Delivery.SLACK) && environment.getOrDefault(SlackChannel.TOKEN, "").isBlank()) {
                throw new InvalidInputException("roles.yaml delivers to Slack (delivery.slack), but "
                        + SlackChannel.TOKEN + " is not set: set it to the Slack app's Bot User OAuth Token "
                        + "(xoxb-...), from the environment, never a file you commit. A deployed stack reads it from "
                        + "its credentials secret (field slackBotToken) instead.");
            }
            List<String> jiraMissing = List.of(JiraChannel.BASE_URL, JiraChannel.EMAIL, JiraChannel.API_TOKEN).stream()
                    .filter(name -> environment.getOrDefault(name, "").isBlank()).toList();
            if (channel.equals(Delivery.JIRA) && !jiraMissing.isEmpty()) {
                throw new InvalidInputException("roles.yaml delivers to Jira (delivery.jira), but " + String.join(" and ",
                        jiraMissing) + (jiraMissing.size() == 1 ? " is" : " are") + " not set: set " + JiraChannel.BASE_URL + " to the site (https://acme.atlassian.net), "
                        + JiraChannel.EMAIL + " to the account's email and " + JiraChannel.API_TOKEN + " to an API "
                        + "token of it. A deployed stack reads them from its credentials secret (jiraBaseUrl, "
                        + "jiraEmail, jiraApiToken).");
            }
            if (channel.equals(Delivery.TEAMS) && environment.getOrDefault(TeamsChannel.WORKFLOW_URL, "").isBlank()) {
                throw new InvalidInputException("roles.yaml delivers to Microsoft Teams (delivery.teams), but "
                        + TeamsChannel.WORKFLOW_URL + " is not set: set it to the address of the workflow's 'When a "
                        + "Teams webhook request is received' trigger, from the environment (its signature is a "
                        + "secret). A deployed stack reads it from its credentials secret (field teamsWorkflowUrl).");
            }
        }
    }

    /**
     * Prints what each channel did; a refusal or a failed message goes to standard error.
     *
     * @return whether every channel delivered all it could (people it does not know are fine)
     */
    static boolean print(List<Deliveries.Tally> tallies, PrintWriter out, PrintWriter err) {
        boolean ok = true;
        for (Deliveries.Tally tally : tallies) {
            String name = tally.channel().equals(Delivery.TEAMS) ? "Teams"
                    : tally.channel().substring(0, 1).toUpperCase() + tally.channel().substring(1);
            StringBuilder line = new StringBuilder(name + ": " + tally.delivered() + " delivered");
            if (tally.alreadyDelivered() > 0) {
                line.append(", ").append(tally.alreadyDelivered()).append(" delivered before");
            }
            if (!tally.recipientsUnknown().isEmpty()) {
                line.append("; ").append(tally.recipientsUnknown().size()).append(" not on ").append(name).append(" (")
                        .append(String.join("; ", tally.recipientsUnknown())).append(")");
            }
            out.println(line.append('.'));
            if (tally.refused() != null) {
                err.println("rolecall: " + name + " delivered nothing more: " + tally.refused());
                ok = false;
            }
            tally.failures().forEach(failure -> err.println("rolecall: a " + name + " message did not go: " + failure));
            ok &= tally.failures().isEmpty();
        }
        out.flush();
        err.flush();
        return ok;
    }
}
