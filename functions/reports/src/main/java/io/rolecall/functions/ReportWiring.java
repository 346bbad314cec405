package io.rolecall.functions;

import io.rolecall.connector.support.ChannelProviders;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.report.TrendChart;
import io.rolecall.core.usecase.ReportUseCase;
import io.rolecall.core.usecase.ScheduledReports;
import io.rolecall.infra.charts.JFreeChartPainter;
import io.rolecall.infra.dynamodb.DynamoDbStorage;
import io.rolecall.infra.pdf.OpenHtmlPdfPrinter;
import io.rolecall.infra.secrets.SecretsManagerSecret;
import io.rolecall.infra.ses.SesMailer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Builds the report functions' object graph from their settings, once per execution environment. */
public final class ReportWiring {

    /**
     * How long a report run's claim on its period holds: the report functions' Timeout (120 s in
     * template.yaml) plus a margin, so no living run loses it, and Lambda's retries of a run that died
     * (1 and 3 minutes later) find it expired.
     */
    static final Duration REPORT_LEASE = Duration.ofSeconds(150);

    private final FunctionSettings settings;
    private final Clock clock;
    private final AwsClients aws;

    private ReportWiring(FunctionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.aws = new AwsClients(Region.of(settings.region()));
    }

    public static ReportWiring fromEnvironment() {
        return of(System.getenv(), Clock.systemUTC());
    }

    /** For tests and tools: settings from a map, and a clock. */
    public static ReportWiring of(Map<String, String> environment, Clock clock) {
        return new ReportWiring(FunctionSettings.from(environment), clock);
    }

    public ZoneId zone() {
        return settings.zone();
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The report functions' first-request work, done before their snapshot: JSON, the SDK's DynamoDB
     * path, a chart drawn in the bundled font and a one-page PDF (the fonts, JFreeChart, PDFBox and
     * openhtmltopdf are most of a report's cold start). Nothing is sent or written.
     */
    public void prime() {
        TypedHandler.primeJson(new ReportSummary("weekly-2026-W02", "SENT", 1, "primed"));
        TypedHandler.primeJson(new ScheduleEvent("2026-01-05T08:00:00Z", false));
        byte[] chart = new JFreeChartPainter().png(new TrendChart("priming", "Priming", "%", List.of("2025-Q4",
                "2026-Q1"), List.of(new TrendChart.Series("coverage", java.util.Arrays.asList(50.0, 75.0))), "a chart"));
        new OpenHtmlPdfPrinter().pdf("<p>Priming</p><img src=\"cid:priming\" alt=\"a chart\"/>", "Priming",
                "A page", Map.of("priming", chart));
        aws.primeDynamoDb(settings.value(Variable.TABLE_NAME));
    }

    public ScheduledReports scheduledReports() {
        DynamoDbStorage store = DynamoDbStorage.create(aws.dynamoDb(), settings.value(Variable.TABLE_NAME), clock);
        // The weekly's digest to Slack or Teams: the secret is read, and cached, only when roles.yaml uses them.
        Supplier<SecretsManagerSecret> credentials = AwsClients.memoize(() -> new SecretsManagerSecret(
                aws.configured(SecretsManagerClient.builder()).build(), settings.value(Variable.CREDENTIALS_SECRET_ARN),
                clock, SECRET_CACHE));
        return new ScheduledReports(new ReportUseCase(store.storage(), new ReportRenderer(new JFreeChartPainter(),
                new OpenHtmlPdfPrinter()),
                new SesMailer(aws.ses(), settings.sender(), clock), settings.asOfRules(clock), store.reportLog()),
                store.reportLog(), clock, REPORT_LEASE, FunctionChannels.deliveries(delivery -> ChannelProviders.create(
                        delivery, settings.environment(), () -> {
                            if (settings.optional(Variable.CREDENTIALS_SECRET_ARN).isEmpty()) {
                                throw FunctionChannels.noSecret();
                            }
                            return credentials.get().values();
                        }, FunctionChannels.MAX_WAIT, Sleeper.REAL), store.reportLog(), clock));
    }

    /** Long enough to spare Secrets Manager calls, short enough to pick up a rotation. */
    static final Duration SECRET_CACHE = Duration.ofMinutes(15);
}
