package io.rolecall.cli;

import io.rolecall.connector.support.ChannelProviders;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.usecase.Deliveries;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The channels beside email that roles.yaml's {@code delivery:} uses, made from the environment (their
 * plug-ins say which variables: SLACK_BOT_TOKEN, TEAMS_WORKFLOW_URL, JIRA_*). What each did is printed
 * after the emails.
 */
final class Channels {

    /** A local run delivers in moments; a claim older than this belongs to a run that died. */
    private static final Duration LEASE = Duration.ofMinutes(10);
    /** The most one run waits on a channel's rate limits. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private Channels() {
    }

    /**
     * The channels each run's roles.yaml uses; one whose settings are missing or wrong is left out, and
     * the run reports it as not set up, with why, after the emails.
     */
    static Deliveries from(Map<String, String> environment, ReportLog log, Clock clock) {
        return new Deliveries(delivery -> ChannelProviders.create(delivery, p -> ProviderSettings.of(environment),
                MAX_WAIT, Sleeper.REAL), log, clock, LEASE);
    }

    /** Refuses a roles.yaml that delivers to a channel whose settings this machine lacks, naming each variable. */
    static void checkSecrets(RoleCatalogue catalogue, Map<String, String> environment) {
        Map<String, List<String>> missing = ChannelProviders.missing(catalogue.delivery(),
                p -> ProviderSettings.of(environment));
        missing.forEach((channel, names) -> {
            throw new InvalidInputException("roles.yaml delivers to " + title(channel) + " (delivery." + channel
                    + "), but " + String.join(" and ", names) + (names.size() == 1 ? " is" : " are") + " not set: "
                    + "set " + (names.size() == 1 ? "it" : "them") + " in the environment, never in a file you "
                    + "commit (see docs/channels.md). A deployed stack reads them from its credentials secret.");
        });
    }

    private static String title(String channel) {
        return switch (channel) {
            case Delivery.TEAMS -> "Microsoft Teams";
            case Delivery.JIRA -> "Jira";
            default -> "Slack";
        };
    }

    /**
     * Prints what each channel did; a refusal or a failed message goes to standard error.
     *
     * @return whether every channel delivered all it could (people it does not know are fine)
     */
    static boolean print(List<Deliveries.Tally> tallies, PrintWriter out, PrintWriter err) {
        boolean ok = true;
        for (Deliveries.Tally tally : tallies) {
            String name = tally.channel().equals(Delivery.TEAMS) ? "Teams" : title(tally.channel());
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
