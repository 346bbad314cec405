package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.calendar.ActivityCompletion;
import io.rolecall.core.calendar.AssignmentRecords;
import io.rolecall.core.calendar.CalendarRecords;
import io.rolecall.core.calendar.TrainingCompletion;
import io.rolecall.core.catalogue.AcceptedRisk;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.catalogue.Responsibility;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.evidence.EvidencePack;
import io.rolecall.core.evidence.EvidenceTable;
import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.Person;
import io.rolecall.core.nonconformity.NcStatus;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.port.ReportArchive.ArchivedReport;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.RolesYamlHistory;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.Crosswalk;
import io.rolecall.core.report.ReportCitations;
import io.rolecall.core.report.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Collects the evidence pack for a period from the stored state: the same state and period always
 * give the same tables in the same order, so two packs of them are identical.
 */
public final class EvidenceUseCase {

    /** The channels beside email whose deliveries the pack lists. */
    static final List<String> CHANNELS = List.of(Delivery.SLACK);

    private final Storage storage;
    private final ReportLog deliveries;

    public EvidenceUseCase(Storage storage) {
        this(storage, null);
    }

    /** @param deliveries the log of what went out once, whose deliveries beside email the pack lists; or null */
    public EvidenceUseCase(Storage storage, ReportLog deliveries) {
        this.storage = storage;
        this.deliveries = deliveries;
    }

    public EvidencePack collect(LocalDate from, LocalDate to) {
        return collect(from, to, null);
    }

    /**
     * @param uploads every upload of roles.yaml where the deployment keeps them (S3 versions), or null:
     *                then the pack holds the versions the scans read
     */
    public EvidencePack collect(LocalDate from, LocalDate to, RolesYamlHistory uploads) {
        if (to.isBefore(from)) {
            throw new AsOfRefusedException("the period ends on " + to + ", before it starts on " + from
                    + ": give the period's first day, then its last.");
        }
        ScanRun latest = storage.runs().latestOnOrBefore(to).orElseThrow(() -> new NothingScannedException(
                "no scan is stored on or before " + to + ", so there is no evidence for this period: run a scan "
                        + "first, or choose a later period."));
        RoleCatalogue catalogue = StoredState.catalogueOf(storage, latest);
        RoleHoldings holdings = StoredState.directory(storage, catalogue).holdings();
        List<RolesYamlEvidence.Scanned> versions = RolesYamlEvidence.scanned(storage, from, to);
        List<String> notIncluded = new ArrayList<>();
        List<EvidencePack.RolesYamlVersion> rolesYaml = versions.stream().map(RolesYamlEvidence.Scanned::asFile)
                .toList();
        if (uploads != null) {
            try {
                rolesYaml = RolesYamlEvidence.uploaded(uploads, versions, from, to);
            } catch (RolesYamlHistory.RolesYamlHistoryException e) {
                notIncluded.add("The uploaded versions of roles.yaml in " + uploads.location() + ": " + e.getMessage()
                        + ". The pack holds the versions the scans read instead.");
            }
        }
        List<ArchivedReport> kept = storage.sentReports().between(from, to);
        List<ArchivedReport> sent = kept.stream().filter(copy -> !isNotice(copy)).toList();
        Map<String, ArchivedReport> notices = new LinkedHashMap<>();
        kept.stream().filter(EvidenceUseCase::isNotice).forEach(copy -> notices.putIfAbsent(copy.reportKey(), copy));
        List<EvidenceTable> tables = List.of(
                roleRegister(catalogue, holdings),
                raci(catalogue),
                ledger(catalogue, from, to),
                findings(from, to),
                acknowledgements(from, to),
                approvals(catalogue, from, to),
                nonconformities(from, to),
                acceptedRisks(versions),
                calendar(from, to),
                reportsSent(sent),
                noticesSent(catalogue, from, to, notices),
                handovers(catalogue, from, to, notices),
                deliveries(from, to),
                crosswalk(catalogue, to)).stream()
                .map(table -> table.citing(ReportCitations.evidenceFor(catalogue.frameworks(), table.name()))).toList();
        if (sent.isEmpty()) {
            notIncluded.add(NO_REPORTS);
        }
        return new EvidencePack(catalogue.organisation(), from, to, EngineBuild.current(),
                ReportCitations.of(catalogue.frameworks()).frameworks(), tables, rolesYaml,
                sent.stream().map(copy -> sentReport(copy, catalogue)).toList(), notices.values().stream().map(copy ->
                        new EvidencePack.KeptNotice(noticeFile(copy), storage.sentReports().message(copy))).toList(),
                notIncluded, ReportCitations.evidenceFor(catalogue.frameworks(), "roles-yaml"),
                ReportCitations.evidenceFor(catalogue.frameworks(), "notices-sent"));
    }

    private static final String NO_REPORTS = "No report sent in the period is kept in RoleCall's state. RoleCall "
            + "keeps every report it sends from version 7 of its state on; take earlier ones from the mailboxes of the "
            + "compliance manager and top management.";

    private static EvidenceTable roleRegister(RoleCatalogue catalogue, RoleHoldings holdings) {
        List<List<String>> rows = new ArrayList<>();
        for (Role role : catalogue.roles()) {
            rows.add(List.of(role.id(), role.name(), text(role.description()), String.join("; ", role.duties()),
                    String.join("; ", role.authorities()), role.reportsTo() == null ? ""
                            : catalogue.roleName(role.reportsTo()),
                    refs(role.primary()), refs(role.backup()),
                    holdings.activePrimaries(role.id()).stream().map(Person::label).collect(Collectors.joining("; ")),
                    holdings.realBackups(role.id()).stream().map(Holding::person).map(Person::label)
                            .collect(Collectors.joining("; ")),
                    text(role.lastReviewed()), role.dutiesVersion()));
        }
        return new EvidenceTable("role-register", "Role register",
                "Every information security role with its duties, authorities and reporting line, who is listed for "
                        + "it in roles.yaml and who actively holds and backs it up, and when it was last reviewed.",
                null, true,
                List.of("role id", "role", "description", "duties", "authorities", "reports to", "primary (roles.yaml)",
                        "backup (roles.yaml)", "active primary holders", "active backups", "last reviewed",
                        "duties version"), rows);
    }

    private static EvidenceTable raci(RoleCatalogue catalogue) {
        List<List<String>> rows = new ArrayList<>();
        for (Responsibility r : catalogue.responsibilities()) {
            rows.add(List.of(r.id(), r.name(), text(r.reference()), roles(catalogue, r.responsible()),
                    roles(catalogue, r.accountable()), roles(catalogue, r.consulted()),
                    roles(catalogue, r.informed())));
        }
        return new EvidenceTable("raci", "RACI matrix",
                "Each responsibility with the roles responsible, accountable, consulted and informed.",
                null, true,
                List.of("responsibility id", "responsibility", "reference", "responsible", "accountable", "consulted",
                        "informed"), rows);
    }

    private EvidenceTable ledger(RoleCatalogue catalogue, LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        for (Role role : catalogue.roles()) {
            storage.ledger().periods(role.id()).stream()
                    .filter(p -> !p.from().isAfter(to) && (p.to() == null || !p.to().isBefore(from)))
                    .sorted(Comparator.comparing(AssignmentPeriod::from).thenComparing(p -> p.person().value())
                            .thenComparing(p -> p.capacity().name()))
                    .forEach(p -> rows.add(List.of(role.id(), role.name(), p.person().value(), p.capacity().word(),
                            HolderRef.describe(p.via()), p.from().toString(), text(p.to()))));
        }
        return new EvidenceTable("assignment-ledger", "Assignment ledger",
                "Who held which role, as primary or backup and how (directly or through a group), from the first to "
                        + "the last scan that observed it, for every holding that overlaps the period. An empty "
                        + "'to' means still held at the latest scan.",
                null,
                false, List.of("role id", "role", "person", "as", "through", "from", "to"), rows);
    }

    private EvidenceTable findings(LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        storage.findings().findings().stream().sorted(Comparator.comparing(Finding::id)).forEach(f -> {
            for (Episode e : f.episodes()) {
                if (e.openedOn().isAfter(to) || (e.resolvedOn() != null && e.resolvedOn().isBefore(from))) {
                    continue;
                }
                rows.add(List.of(f.id(), f.kind().name(), f.severity().name(), f.status().name(), text(f.roleId()),
                        text(f.relatedRoleId()), f.person() == null ? "" : f.person().value(),
                        text(f.responsibilityId()), text(f.group()), text(f.activityId()), f.message(),
                        e.openedOn().toString(), text(e.resolvedOn()), text(e.lastSeenOn()),
                        f.exception() == null ? "" : f.exception().exceptionId(), String.join("; ", f.references())));
            }
        });
        return new EvidenceTable("findings", "Findings and their episodes",
                "Every gap RoleCall detected that was open at some time in the period, one row per episode (a gap "
                        + "that was fixed and came back has two), with when it opened and was resolved.",
                null, false,
                List.of("finding id", "kind", "severity", "status now", "role", "related role", "person",
                        "responsibility", "group", "activity", "message", "opened", "resolved", "last seen",
                        "accepted under exception", "clauses it shows unmet"), rows);
    }

    private EvidenceTable acknowledgements(LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        acceptancesIn(from, to).filter(a -> Approval.idIn(a.roleId()).isEmpty())
                .forEach(a -> rows.add(List.of(a.person().value(), a.roleId(), a.version(), a.acceptedAt().toString(),
                        text(a.catalogueSha256()), text(a.catalogueName()), String.valueOf(a.failedAttempts()))));
        return new EvidenceTable("acknowledgements", "Acceptances of duties",
                "Each holder's signed, dated acceptance of the exact version of a role's duties, with the roles.yaml "
                        + "it came from and how many wrong answers came before it.",
                null, false,
                List.of("person", "role", "duties version", "accepted at (UTC)", "roles.yaml sha256",
                        "roles.yaml source", "wrong attempts before"), rows);
    }

    private java.util.stream.Stream<Acceptance> acceptancesIn(LocalDate from, LocalDate to) {
        return storage.acknowledgements().records().acceptances().stream()
                .filter(a -> inPeriod(a.acceptedAt().atZone(ZoneOffset.UTC).toLocalDate(), from, to))
                .sorted(Comparator.comparing(Acceptance::acceptedAt).thenComparing(a -> a.person().value()));
    }

    /**
     * Every approval a member of the management body gave in the period, of any version (an earlier version's
     * approvals are the decision that stood until the new one), with the roles.yaml that asked for it.
     */
    private EvidenceTable approvals(RoleCatalogue catalogue, LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        acceptancesIn(from, to).forEach(a -> Approval.idIn(a.roleId()).ifPresent(id -> rows.add(List.of(id,
                catalogue.approval(id).map(Approval::title).orElse(""), a.version(), a.person().value(),
                a.acceptedAt().toString(), text(a.catalogueSha256()), text(a.catalogueName())))));
        return new EvidenceTable("approvals", "Approvals by the management body",
                "Each member's signed, dated approval of one version of a document of roles.yaml's approvals: "
                        + "(the security policy, for one), with the roles.yaml that asked for it. A version counts "
                        + "as approved on the day its quorum of approvals was reached.",
                null, false, List.of("approval", "title", "version", "approved by", "approved at (UTC)",
                        "roles.yaml sha256", "roles.yaml source"), rows);
    }

    private EvidenceTable nonconformities(LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        storage.nonconformities().all().stream()
                .filter(nc -> !nc.raisedOn().isAfter(to)
                        && !(nc.status() == NcStatus.CLOSED && nc.closedOn() != null && nc.closedOn().isBefore(from)))
                .sorted(Comparator.comparing(Nonconformity::id))
                .forEach(nc -> rows.add(List.of(nc.id(), nc.status().name(), nc.source().name(),
                        String.join(" ", nc.findingIds()), nc.raisedOn().toString(), nc.description(),
                        text(nc.correction()), text(nc.rootCause()), text(nc.correctiveAction()), text(nc.owner()),
                        text(nc.targetDate()), text(nc.actionTakenOn()), text(nc.closedOn()),
                        nc.history().stream().map(h -> h.on() + " " + h.by() + ": " + h.change())
                                .collect(Collectors.joining("\n")))));
        return new EvidenceTable("nonconformities", "Nonconformity register",
                "Every nonconformity raised by the end of the period and not closed before it began: cause, "
                        + "correction, corrective action, owner, dates and the full history of who changed what.",
                null, false,
                List.of("id", "status", "source", "findings", "raised on", "description", "correction", "root cause",
                        "corrective action", "owner", "target date", "action taken on", "closed on", "history"), rows);
    }

    private static EvidenceTable acceptedRisks(List<RolesYamlEvidence.Scanned> versions) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (RolesYamlEvidence.Scanned version : versions) {
            for (AcceptedRisk risk : version.catalogue().acceptedRisks()) {
                rows.put(risk.id() + "|" + risk.approvedOn() + "|" + risk.expires(), List.of(risk.id(),
                        risk.kind().name(), text(risk.roleId()), text(risk.relatedRoleId()),
                        risk.person() == null ? "" : risk.person().value(), risk.reason(),
                        text(risk.compensatingControl()), risk.approvedBy().value(), risk.approvedOn().toString(),
                        risk.expires().toString(), version.asFile().fileName()));
            }
        }
        return new EvidenceTable("accepted-risks", "Accepted risks",
                "Every exception of the roles.yaml versions in force during the period: what top management "
                        + "accepted, why, under which compensating control, who approved it and until when.",
                null, false,
                List.of("id", "kind", "role", "related role", "person", "reason", "compensating control",
                        "approved by", "approved on", "expires", "in roles.yaml"), new ArrayList<>(rows.values()));
    }

    private EvidenceTable calendar(LocalDate from, LocalDate to) {
        CalendarRecords records = storage.calendar().records();
        List<List<String>> rows = new ArrayList<>();
        records.activities().stream().filter(c -> inPeriod(c.completedOn(), from, to))
                .sorted(Comparator.comparing(ActivityCompletion::completedOn)
                        .thenComparing(ActivityCompletion::activityId).thenComparing(ActivityCompletion::evidence))
                .forEach(c -> rows.add(List.of(AssignmentRecords.typeOf(c.activityId()),
                        AssignmentRecords.subjectOf(c.activityId()), "", c.completedOn().toString(), c.evidence(),
                        c.by(), c.recordedOn().toString())));
        records.training().stream().filter(c -> inPeriod(c.completedOn(), from, to))
                .sorted(Comparator.comparing(TrainingCompletion::completedOn).thenComparing(TrainingCompletion::roleId)
                        .thenComparing(c -> c.person().value()).thenComparing(TrainingCompletion::evidence))
                .forEach(c -> rows.add(List.of("training", c.roleId(), c.person().value(), c.completedOn().toString(),
                        c.evidence(), c.by(), c.recordedOn().toString())));
        return new EvidenceTable("calendar-completions", "ISMS calendar completions",
                "Internal audits, management reviews, access reviews and other activities done in the period, the "
                        + "role training holders completed, the reviews of who holds a role and the notices of a new "
                        + "holder to an authority, each with its evidence and who recorded it.",
                null, false,
                List.of("type", "activity or role", "person", "completed on", "evidence", "recorded by", "recorded on"),
                rows);
    }

    /** Where each clause of each enabled framework stood at the period's end, judged by the findings open then. */
    private EvidenceTable crosswalk(RoleCatalogue catalogue, LocalDate to) {
        List<Finding> openAtEnd = storage.findings().findings().stream().filter(f -> f.episodes().stream()
                .anyMatch(e -> !e.openedOn().isAfter(to) && (e.resolvedOn() == null || e.resolvedOn().isAfter(to))))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (Crosswalk.FrameworkStatus framework : Crosswalk.of(catalogue, openAtEnd, null).frameworks()) {
            for (Crosswalk.ClauseStatus clause : framework.clauses()) {
                rows.add(List.of(framework.id(), framework.title(), clause.id(), clause.title(), clause.status().name(),
                        String.join("; ", clause.checks()), String.join("; ", clause.functions()),
                        String.join("; ", clause.missingFunctions()), String.join("; ", clause.openFindings())));
            }
        }
        return new EvidenceTable("crosswalk", "Framework crosswalk",
                "Every role clause of every framework roles.yaml enables, and where it stood on the period's last day: "
                        + "COVERED (set up, no open finding), GAPS (the open findings that show it unmet) or NOT_SET_UP "
                        + "(no role takes a function it needs), with the finding kinds that check it.",
                null, true, List.of("framework", "framework title", "clause", "clause title", "status", "checked by",
                        "functions", "functions no role takes", "open findings"), rows);
    }

    private EvidencePack.SentReport sentReport(ArchivedReport report, RoleCatalogue catalogue) {
        boolean quarterly = report.reportKey().startsWith("quarterly-");
        String title = (quarterly ? "Quarterly posture report, " + ReportPeriod.quarterBefore(report.asOf()).name()
                : "Weekly gap report, " + ReportPeriod.weekOf(report.asOf()).key()) + ", sent "
                + SENT_ON.format(report.sentAt());
        String shows = "The report as it went out to " + report.recipients() + (report.recipients() == 1 ? " person"
                : " people") + (quarterly ? " (top management)" : " (the compliance manager)") + ": the whole email "
                + "with its text, HTML, charts and attachments; SHA-256 " + report.sha256() + ".";
        return new EvidencePack.SentReport(reportFile(report), title, shows,
                ReportCitations.evidenceFor(catalogue.frameworks(), "reports-sent"), storage.sentReports().message(report));
    }

    private static final DateTimeFormatter SENT_ON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** reports/weekly-2026-W49-sent-20261130T080005Z.eml */
    private static String reportFile(ArchivedReport report) {
        return "reports/" + report.reportKey() + "-sent-" + RolesYamlEvidence.FILE_TIME.format(report.sentAt())
                + ".eml";
    }

    private static EvidenceTable reportsSent(List<ArchivedReport> sent) {
        List<List<String>> rows = sent.stream().map(r -> List.of(r.reportKey(), r.asOf().toString(),
                r.sentAt().toString(), String.valueOf(r.recipients()), r.deliveryId(), reportFile(r), r.sha256()))
                .toList();
        return new EvidenceTable("reports-sent", "Reports sent",
                "Every weekly gap report to the compliance manager and quarterly posture report to top management "
                        + "dated in the period, with when it went out, to how many people and the file in reports/ "
                        + "that holds the whole message as sent (open the .eml in any mail client).",
                null,
                false, List.of("report", "as of", "sent at (UTC)", "recipients", "delivery id", "file",
                        "message sha256"), rows);
    }

    private static boolean isNotice(ArchivedReport copy) {
        return copy.reportKey().startsWith("notice-") || copy.reportKey().startsWith("handover-");
    }

    /**
     * Every message delivered beside email in the period (a holder's notice as a Slack direct message, the
     * weekly's digest to a channel): which, to whom (the channel's own id), when, and its id there.
     */
    private EvidenceTable deliveries(LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        if (deliveries != null) {
            Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            for (String channel : CHANNELS) {
                deliveries.sentBetween(channel + ":", start, end).forEach(sent -> rows.add(List.of(channel,
                        sent.reportKey().substring(channel.length() + 1), text(sent.recipient()),
                        sent.sentAt().toString(), text(sent.deliveryId()))));
            }
        }
        return new EvidenceTable("deliveries", "Messages delivered beside email",
                "Every message RoleCall also delivered on another channel in the period: holders' notices and "
                        + "reminders as Slack direct messages, the weekly's digest to a channel. The key is the "
                        + "email's it accompanied (in notices-sent or reports-sent); the recipient and message id "
                        + "are the channel's own (a Slack user or channel id, the message's channel/ts).",
                null, false, List.of("channel", "key", "recipient", "sent at (UTC)", "message id"), rows);
    }

    /**
     * Every handover proposed, accepted or closed in the period or still open at its end: who handed which
     * role to whom from which day, when the successor accepted which duties version, how it closed, and
     * the file of the notice that asked the successor.
     */
    private EvidenceTable handovers(RoleCatalogue catalogue, LocalDate from, LocalDate to,
                                    Map<String, ArchivedReport> notices) {
        List<List<String>> rows = new ArrayList<>();
        storage.handovers().all().stream()
                .filter(h -> !h.proposedOn().isAfter(to) && (h.closedOn() == null || !h.closedOn().isBefore(from)))
                .sorted(Comparator.comparing(Handover::proposedOn).thenComparing(Handover::id))
                .forEach(h -> rows.add(List.of(h.id(), h.roleId(), catalogue.role(h.roleId()).map(Role::name)
                        .orElse(""), h.from().value(), h.to().value(), h.effective().toString(), h.status().name(),
                        h.proposedOn().toString(), h.acceptedAt() == null ? "" : h.acceptedAt().toString(),
                        text(h.dutiesVersion()), h.closedOn() == null ? "" : h.closedOn().toString(), text(h.note()),
                        notices.values().stream().filter(n -> n.reportKey().startsWith("handover-" + h.id() + "-"))
                                .map(EvidenceUseCase::noticeFile).collect(Collectors.joining("; ")))));
        return new EvidenceTable("handovers", "Handovers of leavers' roles",
                "Every handover of a leaving primary's role to a successor open at some time in the period: from "
                        + "whom to whom and from which day, when the successor accepted which version of the duties "
                        + "(their signed acceptance), and whether it was written into roles.yaml (APPLIED) or "
                        + "called off (CANCELLED, with why). The file is the notice that asked the successor.",
                null, false,
                List.of("handover id", "role", "role name", "from", "to", "effective", "status", "proposed on",
                        "accepted at (UTC)", "duties version", "closed on", "note", "notice file"), rows);
    }

    /** notices/notice-2026-11-30-3f9a0c...eml */
    private static String noticeFile(ArchivedReport notice) {
        return EvidencePack.NOTICES_FOLDER + notice.reportKey() + ".eml";
    }

    /**
     * Every notice and reminder asked in the period, one row per holder and role: what was communicated
     * to whom and when. A notice's email, found by the key its asks give, says when it went out; notices
     * sent before RoleCall kept copies have none.
     */
    private EvidenceTable noticesSent(RoleCatalogue catalogue, LocalDate from, LocalDate to,
                                      Map<String, ArchivedReport> notices) {
        Map<String, List<Ask>> byEmail = new LinkedHashMap<>();
        storage.acknowledgements().records().asks().stream().filter(a -> inPeriod(a.askedOn(), from, to))
                .sorted(Comparator.comparing(Ask::askedOn).thenComparing(a -> a.person().value())
                        .thenComparing(Ask::roleId))
                .forEach(a -> byEmail.computeIfAbsent(a.askedOn() + " " + a.person().value(), k -> new ArrayList<>())
                        .add(a));
        List<List<String>> rows = new ArrayList<>();
        for (List<Ask> asks : byEmail.values()) {
            Ask first = asks.get(0);
            ArchivedReport copy = notices.get(NotifyUseCase.noticeKey(first.person(), first.askedOn(), asks));
            for (Ask ask : asks) {
                rows.add(List.of(ask.person().value(), ask.roleId(), catalogue.role(ask.roleId()).map(Role::name)
                        .orElse(""), ask.kind() == Ask.Kind.NOTICE ? "notice" : "reminder", ask.askedOn().toString(),
                        copy == null ? "" : copy.sentAt().toString(), ask.version(),
                        copy == null ? "" : copy.deliveryId(), copy == null ? "" : noticeFile(copy)));
            }
        }
        return new EvidenceTable("notices-sent", "Notices sent to role holders",
                "Every email that told a holder the duties of a role or reminded them to accept: to whom, for "
                        + "which role and version of its duties, when it went out and the file in notices/ that "
                        + "holds it as sent, its links left out (a link is the holder's credential). Notices sent "
                        + "before RoleCall kept copies have no time, delivery id or file.",
                null, false,
                List.of("person", "role", "role name", "kind", "asked on", "sent at (UTC)", "duties version",
                        "delivery id", "file"), rows);
    }

    private static boolean inPeriod(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static String roles(RoleCatalogue catalogue, List<String> ids) {
        return ids.stream().map(id -> catalogue.roleName(id) + " (" + id + ")").collect(Collectors.joining("; "));
    }

    private static String refs(List<HolderRef> refs) {
        return refs.stream().map(HolderRef::label).collect(Collectors.joining("; "));
    }

    /** A cell: empty for what is not set (a role, a date still open). */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
