package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.HolderState;
import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.port.Mailer;
import io.rolecall.core.port.ReportArchive.ArchivedReport;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.ChannelMessages;
import io.rolecall.core.report.MimeEmail;
import io.rolecall.core.report.QuarterlyReport;
import io.rolecall.core.report.ReportInputs;
import io.rolecall.core.report.ReportPeriod;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.report.TrendPoint;
import io.rolecall.core.report.WeeklyReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the weekly gap report or the quarterly posture report from the stored state of the latest
 * scan (its roles.yaml and directory), renders it and hands it to the mailer.
 */
public final class ReportUseCase {

    private final Storage storage;
    private final ReportRenderer renderer;
    private final Mailer mailer;
    private final AsOfRules asOfRules;
    private final ReportLog sent;

    public ReportUseCase(Storage storage, ReportRenderer renderer, Mailer mailer, AsOfRules asOfRules) {
        this(storage, renderer, mailer, asOfRules, null);
    }

    /** @param sent what went out once, whose Jira issues the weekly names beside their gaps; or null */
    public ReportUseCase(Storage storage, ReportRenderer renderer, Mailer mailer, AsOfRules asOfRules,
                         ReportLog sent) {
        this.sent = sent;
        this.storage = storage;
        this.renderer = renderer;
        this.mailer = mailer;
        this.asOfRules = asOfRules;
    }

    public SentEmail sendWeekly(LocalDate asOf) {
        return sendWeekly(asOf, Deliveries.NONE).email();
    }

    /** A report sent, and what the channels beside email did with its digest. */
    public record Sent(SentEmail email, List<Deliveries.Tally> channels) {
    }

    /**
     * Sends the weekly by email, then its digest to the channels roles.yaml's {@code delivery:} names
     * (a Slack channel, a Teams workflow), once per week like the email.
     */
    public Sent sendWeekly(LocalDate asOf, Deliveries deliveries) {
        ReportInputs inputs = inputs(asOf).withTickets(tickets());
        WeeklyReport report = WeeklyReport.build(inputs);
        OutgoingEmail email = renderer.render(report);
        SentEmail sent = new SentEmail(email, mailer.send(email));
        Deliveries.Run alsoOn = deliveries.start(inputs.catalogue().delivery());
        inputs.catalogue().delivery().digestChannels().forEach((channel, where) ->
                alsoOn.deliver(channel, ChannelMessages.weeklyDigest(report, where,
                        inputs.catalogue().delivery().reportsUrl())));
        return new Sent(sent, alsoOn.tallies());
    }

    public SentEmail sendQuarterly(LocalDate asOf) {
        OutgoingEmail email = renderer.render(quarterly(asOf));
        return new SentEmail(email, mailer.send(email));
    }

    /**
     * Keeps the whole message of a report that went out, dated when it did, for the evidence pack:
     * what an auditor samples is what the compliance manager and top management were told.
     */
    public ArchivedReport keepCopy(SentEmail sent, LocalDate asOf, Instant sentAt) {
        OutgoingEmail email = sent.email();
        byte[] message = MimeEmail.compose(email, mailer.sender(), sentAt,
                "<" + email.reference() + "." + sentAt.toEpochMilli() + "@rolecall>");
        ArchivedReport report = ArchivedReport.of(email.reference(), asOf, sentAt, sent.deliveryId(),
                email.to().size(), message);
        storage.sentReports().keep(report, message);
        return report;
    }

    /** The quarterly as the PDF board pack alone; sends nothing. */
    public byte[] quarterlyPdf(LocalDate asOf) {
        return renderer.renderPdf(quarterly(asOf));
    }

    private QuarterlyReport quarterly(LocalDate asOf) {
        ReportPeriod period = ReportPeriod.quarterBefore(asOf);
        Optional<ScanRun> previous = storage.runs().latestOnOrBefore(period.from().minusDays(1));
        ReportInputs inputs = inputs(asOf);
        boolean hrRead = storage.runs().latest().map(run -> run.metrics().uncoveredRoleDays() != null).orElse(false);
        return QuarterlyReport.build(inputs, previous.map(ScanRun::metrics).orElse(null),
                previous.map(ScanRun::asOf).orElse(null), trends(period, inputs.findings()), hrRead);
    }

    /** Quarters kept for the trend charts: two years. */
    static final int TREND_QUARTERS = 8;

    /**
     * Up to eight quarters, oldest first, ending with the report's: each from the last scan stored on or
     * before its end. A quarter without a scan of its own is left out rather than drawn as flat.
     */
    private List<TrendPoint> trends(ReportPeriod period, List<Finding> findings) {
        List<TrendPoint> points = new ArrayList<>();
        ReportPeriod quarter = period;
        for (int i = 0; i < TREND_QUARTERS; i++) {
            Optional<ScanRun> run = storage.runs().latestOnOrBefore(quarter.to());
            if (run.isPresent() && !run.get().asOf().isBefore(quarter.from())) {
                points.add(0, TrendPoint.of(quarter.name(), run.get().metrics(),
                        QuarterlyReport.meanDaysToResolve(findings, quarter)));
            }
            LocalDate start = quarter.from();
            quarter = ReportPeriod.quarterBefore(start);
        }
        return points;
    }

    /**
     * Each finding episode's Jira issue ("f-...@2026-11-30" to SEC-24), from the deliveries marked sent:
     * read for the weekly only, which names them.
     */
    private Map<String, String> tickets() {
        if (sent == null) {
            return Map.of();
        }
        Map<String, String> tickets = new HashMap<>();
        String prefix = Delivery.JIRA + ":";
        sent.sentBetween(prefix, Instant.EPOCH, Instant.MAX).stream()
                .filter(issue -> issue.deliveryId() != null && !issue.reportKey().contains("/"))
                .forEach(issue -> tickets.put(issue.reportKey().substring(prefix.length()), issue.deliveryId()));
        return tickets;
    }

    /** The key under which a report is sent once: weekly-2026-W48, quarterly-2026-Q4. */
    public static String weeklyKey(LocalDate asOf) {
        return "weekly-" + ReportPeriod.weekOf(asOf).key();
    }

    public static String quarterlyKey(LocalDate asOf) {
        return "quarterly-" + ReportPeriod.quarterBefore(asOf).key();
    }

    private ReportInputs inputs(LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this report");
        ScanRun latest = storage.runs().latest().orElseThrow(() -> new NothingScannedException(
                "no scan is stored yet, so there is nothing to report: run a scan first."));
        if (asOf.isBefore(latest.asOf())) {
            throw new AsOfRefusedException("this report is dated " + asOf + " but the latest scan is dated "
                    + latest.asOf() + ": a report shows the state of the latest scan, which did not exist on "
                    + asOf + ". Date the report " + latest.asOf() + " or later.");
        }
        List<Handover> handovers = storage.handovers().all();
        RoleCatalogue catalogue = StoredState.catalogueInEffect(storage, latest, handovers);
        HolderState holders = StoredState.holders(storage, catalogue, asOf);
        return new ReportInputs(catalogue, holders.directory(), holders.holdings(), holders.plan(),
                storage.findings().findings(), storage.nonconformities().all(), storage.calendar().records(),
                catalogue.roles().stream().flatMap(role -> storage.ledger().periods(role.id()).stream()).toList(),
                asOf, handovers);
    }
}
