package io.rolecall.cli;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.Deliveries;
import io.rolecall.core.usecase.ReportUseCase;
import io.rolecall.core.usecase.SentEmail;
import io.rolecall.infra.charts.JFreeChartPainter;
import io.rolecall.infra.local.LocalStateException;
import io.rolecall.infra.local.OutboxMailer;
import io.rolecall.infra.pdf.OpenHtmlPdfPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the weekly gap report or the quarterly posture report, from the state of the "
                + "latest scan, into an outbox folder as .html, .txt and .eml (a complete email)."})
final class ReportCommand implements Callable<Integer> {

    enum Kind { weekly, quarterly }

    @Parameters(index = "0", paramLabel = "weekly|quarterly",
            description = "weekly: gaps for the compliance manager; quarterly: posture for top management.")
    Kind kind;

    @Mixin
    StoreOptions store;

    @Option(names = "--preview", description = "Render the report into --out and send nothing, mark nothing sent "
            + "in the state. Without it, a local report is also kept in the state as sent, so that the evidence pack "
            + "holds it. Required with --stack: the stack's own functions send its reports.")
    boolean preview;

    @Mixin
    OutboxOptions outbox;

    enum Format { email, pdf }

    @Option(names = "--format", paramLabel = "email|pdf", defaultValue = "email",
            description = "email: .html, .txt and .eml (the quarterly with its PDF attached); pdf: the quarterly's "
                    + "PDF board pack alone. Default: ${DEFAULT-VALUE}")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    RoleCallCommand parent;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        OutboxMailer mailer = outbox.mailer(clock);
        LocalDate asOf = store.asOf(clock);
        if (store.stack != null && !preview) {
            throw new InvalidInputException("with --stack, add --preview: the stack's own functions send its reports, "
                    + "and a preview only writes what the report would say now into --out");
        }
        if (format == Format.pdf && kind != Kind.quarterly) {
            throw new InvalidInputException("--format pdf is for the quarterly report (the board pack); the weekly "
                    + "is an email only");
        }
        OutgoingEmail email;
        List<Deliveries.Tally> channels = List.of();
        // A report written locally is the local "send": it is kept in the state like one the stack sends.
        boolean keep = !preview && format == Format.email;
        try (StoreOptions.Opened opened = store.open(keep ? StoreOptions.Access.RECORD : StoreOptions.Access.READ)) {
            if (keep) {
                // Before the outbox is written: a report written but not kept would be a send the evidence lacks.
                try {
                    opened.checkWritable();
                } catch (LocalStateException e) {
                    throw new LocalStateException(e.getMessage() + "; no report was written. To only write the "
                            + "report's files, add --preview", e);
                }
            }
            ReportUseCase reports = new ReportUseCase(opened.storage(),
                    new ReportRenderer(new JFreeChartPainter(), new OpenHtmlPdfPrinter()), mailer,
                    AsOfRules.from(clock, parent.environment()), opened.sendLog());
            if (format == Format.pdf) {
                Path pdf = outbox.out.resolve(ReportUseCase.quarterlyKey(asOf) + ".pdf");
                OutputFile.write(pdf, reports.quarterlyPdf(asOf));
                spec.commandLine().getOut().println("Wrote the quarterly board pack: " + pdf);
                spec.commandLine().getOut().flush();
                return RoleCallCommand.EXIT_OK;
            }
            SentEmail sent;
            if (kind == Kind.weekly && keep) {
                // Sent, not previewed: the digest goes to the channels roles.yaml names, once per week.
                ReportUseCase.Sent weekly = reports.sendWeekly(asOf, Channels.from(parent.environment(),
                        opened.sendLog(), clock));
                sent = weekly.email();
                channels = weekly.channels();
            } else {
                sent = kind == Kind.weekly ? reports.sendWeekly(asOf) : reports.sendQuarterly(asOf);
            }
            if (keep) {
                reports.keepCopy(sent, asOf, clock.instant());
            }
            email = sent.email();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote the " + kind + " report: " + mailer.fileFor(email, "html") + ", .txt and .eml"
                + (email.attachments().isEmpty() ? "" : ", with " + email.attachments().stream()
                .map(OutgoingEmail.Attachment::fileName).collect(Collectors.joining(", "))));
        stdout.println("  Subject: " + email.subject());
        stdout.println("  To: " + (email.to().isEmpty() ? "(nobody)"
                : email.to().stream().map(Email::value).collect(Collectors.joining(", "))));
        stdout.flush();
        if (email.to().isEmpty()) {
            spec.commandLine().getErr().println("rolecall: warning: this report has no recipient. Name an active "
                    + "holder for the reporting roles in roles.yaml, or add reporting.alsoNotify.");
        }
        return Channels.print(channels, stdout, spec.commandLine().getErr()) ? RoleCallCommand.EXIT_OK
                : RoleCallCommand.EXIT_FAILURE;
    }
}
