package io.rolecall.functions;

import io.rolecall.core.report.ReportRenderer;
import io.rolecall.infra.charts.JFreeChartPainter;
import io.rolecall.infra.pdf.OpenHtmlPdfPrinter;
import io.rolecall.core.usecase.ReportUseCase;
import io.rolecall.core.usecase.ScheduledReports;
import io.rolecall.infra.dynamodb.DynamoDbStorage;
import io.rolecall.infra.ses.SesMailer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

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

    public ScheduledReports scheduledReports() {
        DynamoDbStorage store = DynamoDbStorage.create(aws.dynamoDb(), settings.value(Variable.TABLE_NAME), clock);
        return new ScheduledReports(new ReportUseCase(store.storage(), new ReportRenderer(new JFreeChartPainter(),
                new OpenHtmlPdfPrinter()),
                new SesMailer(aws.ses(), settings.sender(), clock), settings.asOfRules(clock)),
                store.reportLog(), clock, REPORT_LEASE);
    }
}
