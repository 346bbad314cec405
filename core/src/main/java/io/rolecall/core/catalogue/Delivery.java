package io.rolecall.core.catalogue;

import io.rolecall.core.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * roles.yaml's {@code delivery:}: the channels beside email that RoleCall also sends to. Email always
 * goes out (it is the evidence); these reach people where they work.
 *
 * @param slack null when Slack is not used
 * @param teams null when Microsoft Teams is not used
 * @param jira  null when Jira is not used
 * @param reportsUrl where the weekly report can be read in full (a wiki page or shared folder the compliance
 *                   manager publishes it to), which the digests link to; null for none
 */
public record Delivery(Slack slack, Teams teams, Jira jira, String reportsUrl) {

    /** The channels' names in keys and records. */
    public static final String SLACK = "slack";
    public static final String TEAMS = "teams";
    public static final String JIRA = "jira";
    public static final Delivery EMAIL_ONLY = new Delivery(null, null, null, null);

    /**
     * @param channel       where the weekly digest goes (a channel's name or id), or null for none
     * @param holderNotices whether each holder also gets their notices and reminders as a direct message
     */
    public record Slack(String channel, boolean holderNotices) {
    }

    /** @param digests whether the weekly's digest goes to the workflow's channel */
    public record Teams(boolean digests) {
    }

    /**
     * @param project    the Jira project's key, where each gap's issue is created
     * @param issueType  the issue type's name in that project (Task, Bug, ...)
     * @param severities the severities of the findings that get an issue
     */
    public record Jira(String project, String issueType, Set<Severity> severities) {
        public Jira {
            severities = Set.copyOf(severities);
        }
    }

    /** The channels that get holders' notices and reminders. */
    public List<String> holderNoticeChannels() {
        return slack != null && slack.holderNotices() ? List.of(SLACK) : List.of();
    }

    /** Every channel roles.yaml uses, each needing its secret. */
    public List<String> channels() {
        List<String> used = new ArrayList<>();
        if (slack != null) {
            used.add(SLACK);
        }
        if (teams != null) {
            used.add(TEAMS);
        }
        if (jira != null) {
            used.add(JIRA);
        }
        return List.copyOf(used);
    }

    /** Where the weekly's digest goes, by channel: a Slack channel's name or id, and "workflow" for Teams. */
    public Map<String, String> digestChannels() {
        Map<String, String> digests = new LinkedHashMap<>();
        if (slack != null && slack.channel() != null) {
            digests.put(SLACK, slack.channel());
        }
        if (teams != null && teams.digests()) {
            digests.put(TEAMS, "workflow");
        }
        return digests;
    }
}
