package io.rolecall.core.report;

import io.rolecall.core.acknowledge.HolderNotice;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Message;
import io.rolecall.core.model.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The messages for channels beside email (Slack), made from what the emails say: short, with the
 * links that matter, and the same key as the email so that each goes out once with it.
 */
public final class ChannelMessages {

    /** Gaps a digest names; the emailed report has every one. */
    static final int DIGEST_GAPS = 10;

    private ChannelMessages() {
    }

    /** A holder's notice or reminder (or a successor's handover notice), to them, with each role's link. */
    public static Message holderNotice(HolderNotice notice) {
        String text = notice.handover() != null ? notice.handover()
                : notice.reminder() ? "You have not " + notice.undone() + " yet. Please read "
                        + (notice.roles().size() > 1 ? "them" : "it") + " and answer with the link."
                : notice.hasRoles() ? notice.organisation() + " has given you information security duties. Please "
                        + "read them and accept them with the link."
                : notice.organisation() + " asks you to " + (notice.hasApprovals() ? "approve" : "acknowledge")
                        + (notice.roles().size() > 1 ? " these documents" : " this document") + ": read "
                        + (notice.roles().size() > 1 ? "each" : "it") + " and answer with the link.";
        List<Message.Section> sections = notice.roles().stream().map(role -> new Message.Section(role.duties().name(),
                (role.overdue() ? "Due on " + role.acceptBy() + ": please " + role.verb() + " now."
                        : capitalised(role.verb()) + " by " + role.acceptBy() + "."), role.duties().approval()
                        ? "Approve version " + role.duties().documentVersion() : role.duties().document()
                        ? "Read and acknowledge" : "Review and accept", role.link()))
                .toList();
        return new Message(notice.reference(), new Recipient.Person(notice.to()), notice.subject(), text, sections);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * The weekly report's digest for a channel: counts by severity, then the overdue gaps, then the new ones.
     *
     * @param reportsUrl where the full report is published, linked at the end; null for none
     */
    public static Message weeklyDigest(WeeklyReport report, String channel, String reportsUrl) {
        String counts = report.openBySeverity().stream().map(c -> c.count() + " " + c.severity().toLowerCase())
                .collect(Collectors.joining(", "));
        String text = report.open() == 0 ? "No open gaps."
                : "Open gaps: " + report.open() + " (" + counts + "); " + report.overdue() + " overdue.";
        List<Message.Section> sections = new ArrayList<>();
        List<FindingLine> named = new ArrayList<>(report.overdueGaps());
        report.newThisWeek().stream().filter(line -> !named.contains(line)).forEach(named::add);
        for (FindingLine gap : named.subList(0, Math.min(DIGEST_GAPS, named.size()))) {
            sections.add(Message.Section.of("[" + gap.severity() + "] " + gap.title() + (gap.overdue()
                    ? " (overdue since " + gap.dueDate() + ")" : " (new)"), gap.message()
                    + (gap.whoActs() == null ? "" : " Who acts: " + gap.whoActs() + ".")));
        }
        boolean more = named.size() > DIGEST_GAPS || report.open() > named.size();
        if (reportsUrl != null) {
            sections.add(new Message.Section(more ? "And the rest" : "The full report", "The weekly report lists "
                    + "every open gap, with its fix.", "Open the full report", reportsUrl));
        } else if (more) {
            sections.add(Message.Section.of("And the rest", "The emailed weekly report to the compliance manager "
                    + "lists every open gap, with its fix."));
        }
        return new Message("weekly-" + report.period().key(), new Recipient.Channel(channel), report.subject(), text,
                sections);
    }

    /**
     * A gap that opened (or opened again), for a tracker: a summary in plain words, what is wrong, the fix,
     * who acts, the due date and the clauses it breaks. It opens the finding's thread (Jira: its issue);
     * its key is the episode, so a gap that returns later gets its own.
     */
    public static Message findingOpened(Finding finding, RoleCatalogue catalogue, RoleHoldings holdings,
                                        DirectorySnapshot directory, String project) {
        List<Message.Section> sections = new ArrayList<>();
        sections.add(Message.Section.of("Fix", finding.remediation()));
        sections.add(Message.Section.of("Who acts", WhoActs.of(finding, catalogue, holdings, directory)));
        sections.add(Message.Section.of("Due", String.valueOf(finding.dueDate())));
        if (!finding.references().isEmpty()) {
            sections.add(Message.Section.of("References", String.join("; ", finding.references())));
        }
        sections.add(Message.Section.of("RoleCall finding", finding.id() + " (" + finding.kind().name() + "), open "
                + "since " + finding.openedOn()));
        return new Message(episode(finding), new Recipient.Channel(project), summary(finding), finding.message(),
                sections, new Message.Thread(finding.id(), true));
    }

    /** A gap that resolved: added to its thread (Jira: a comment on its issue). */
    public static Message findingResolved(Finding finding, String project) {
        return new Message(episode(finding) + "/resolved", new Recipient.Channel(project), "Resolved: "
                + summary(finding), "RoleCall found this gap resolved on " + finding.resolvedAt() + ": the scan no "
                + "longer sees it. Close the issue once you agree.", List.of(),
                new Message.Thread(finding.id(), false));
    }

    /** f-2444bca49e3a720acda8@2026-11-30: a finding's current episode. */
    private static String episode(Finding finding) {
        return finding.id() + "@" + finding.openedOn();
    }

    /** "[HIGH] Leaver holds a role: incident-response-lead, bob@acme.example", on one line. */
    private static String summary(Finding finding) {
        String subject = String.join(", ", java.util.stream.Stream.of(finding.roleId(),
                finding.person() == null ? null : finding.person().value()).filter(java.util.Objects::nonNull)
                .toList());
        return Subjects.oneLine("[" + finding.severity() + "] " + finding.kind().title()
                + (subject.isEmpty() ? "" : ": " + subject));
    }
}
