package io.rolecall.functions;

import io.rolecall.core.port.Storage;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.usecase.NoticeUseCase;
import io.rolecall.core.usecase.ReportUseCase;
import io.rolecall.core.usecase.ScanUseCase;
import io.rolecall.core.usecase.ScheduledReports;
import io.rolecall.infra.dynamodb.DynamoDbStorage;
import io.rolecall.infra.eventbridge.EventBridgeFindingEvents;
import io.rolecall.infra.s3.S3ConfigBucket;
import io.rolecall.infra.secrets.SecretsManagerSecret;
import io.rolecall.infra.ses.SesMailer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

/**
 * Builds each function's object graph by hand from its settings, once per execution environment.
 * The only place (with the CLI) that knows every module.
 */
public final class Wiring {

    /** Long enough to spare Secrets Manager calls on hourly runs, short enough to pick up a rotation. */
    static final Duration SECRET_CACHE = Duration.ofMinutes(15);

    /**
     * How long a report run's claim on its period holds: the report functions' Timeout (120 s in
     * template.yaml) plus a margin, so no living run loses it, and Lambda's retries of a run that died
     * (1 and 3 minutes later) find it expired.
     */
    static final Duration REPORT_LEASE = Duration.ofSeconds(150);

    private final FunctionSettings settings;
    private final Clock clock;
    private final AwsClients aws;

    Wiring(FunctionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.aws = new AwsClients(Region.of(settings.region()), settings.s3PathStyle());
    }

    public static Wiring fromEnvironment() {
        return of(System.getenv(), Clock.systemUTC());
    }

    /** For tests and tools: settings from a map, and a clock. */
    public static Wiring of(Map<String, String> environment, Clock clock) {
        return new Wiring(FunctionSettings.from(environment), clock);
    }

    public ZoneId zone() {
        return settings.zone();
    }

    public Clock clock() {
        return clock;
    }

    private Storage storage() {
        return DynamoDbStorage.create(aws.dynamoDb(), settings.value(Variable.TABLE_NAME)).storage();
    }

    private SesMailer mailer() {
        return new SesMailer(aws.ses(), settings.sender(), clock);
    }

    public ScheduledScan scheduledScan() {
        settings.checkScan();
        Storage storage = storage();
        S3ConfigBucket config = new S3ConfigBucket(aws.s3(), settings.value(Variable.CONFIG_BUCKET));
        DirectorySources directories = new DirectorySources(settings, AwsClients.memoize(
                () -> new SecretsManagerSecret(aws.secrets(), settings.value(Variable.CREDENTIALS_SECRET_ARN), clock,
                        SECRET_CACHE)), config, clock);
        return new ScheduledScan(config, settings.configKey(), directories::create,
                new ScanUseCase(storage, new EventBridgeFindingEvents(aws.eventBridge(),
                        settings.value(Variable.EVENT_BUS_NAME)), settings.asOfRules(clock)),
                new NoticeUseCase(storage, new ReportRenderer(), mailer(), settings.noticeRecipients()),
                settings.readDeadline());
    }

    public ScheduledReports scheduledReports() {
        DynamoDbStorage store = DynamoDbStorage.create(aws.dynamoDb(), settings.value(Variable.TABLE_NAME));
        return new ScheduledReports(new ReportUseCase(store.storage(), new ReportRenderer(), mailer(),
                settings.asOfRules(clock)),
                store.reportLog(), clock, REPORT_LEASE);
    }
}
