package io.rolecall.core.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * roles.yaml's {@code delivery:}: the channels beside email that RoleCall also sends to. Email always
 * goes out (it is the evidence); these reach people where they work.
 *
 * @param slack null when Slack is not used
 */
public record Delivery(Slack slack) {

    /** The channel's name in keys and records. */
    public static final String SLACK = "slack";
    public static final Delivery EMAIL_ONLY = new Delivery(null);

    /**
     * @param channel       where the weekly digest goes (a channel's name or id), or null for none
     * @param holderNotices whether each holder also gets their notices and reminders as a direct message
     */
    public record Slack(String channel, boolean holderNotices) {
    }

    public Optional<Slack> slackSettings() {
        return Optional.ofNullable(slack);
    }

    /** The channels that get holders' notices and reminders. */
    public List<String> holderNoticeChannels() {
        return slack != null && slack.holderNotices() ? List.of(SLACK) : List.of();
    }

    /** Every channel roles.yaml uses, each needing its secret. */
    public List<String> channels() {
        return slack != null ? List.of(SLACK) : List.of();
    }
}
