package io.rolecall.functions;

import io.rolecall.connector.support.ChannelProviders;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.catalogue.StarterCatalogue;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.usecase.Deliveries;
import io.rolecall.core.usecase.NonconformityUseCase;
import io.rolecall.core.usecase.NoticeUseCase;
import io.rolecall.core.usecase.NotifyUseCase;
import io.rolecall.core.usecase.ScanCycle;
import io.rolecall.core.usecase.ScanUseCase;
import io.rolecall.infra.dynamodb.DynamoDbStorage;
import io.rolecall.infra.eventbridge.EventBridgeFindingEvents;
import io.rolecall.infra.s3.S3Clients;
import io.rolecall.infra.s3.S3ConfigBucket;
import io.rolecall.infra.secrets.LinkSecrets;
import io.rolecall.infra.secrets.SecretsManagerSecret;
import io.rolecall.infra.ses.SesMailer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Builds ScanFunction's object graph by hand from its settings, once per execution environment: the
 * only place (with the CLI) that knows the connectors and the AWS adapters together.
 */
public final class ScanWiring {

    /** Long enough to spare Secrets Manager calls on hourly runs, short enough to pick up a rotation. */
    static final Duration SECRET_CACHE = Duration.ofMinutes(15);
    /** A claim on one holder's notice: far longer than sending one email takes, far shorter than an hour. */
    static final Duration NOTICE_LEASE = Duration.ofMinutes(5);

    private final ScanSettings settings;
    private final Clock clock;
    private final AwsClients aws;

    private ScanWiring(ScanSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.aws = new AwsClients(Region.of(settings.common().region()));
    }

    public static ScanWiring fromEnvironment() {
        return of(System.getenv(), Clock.systemUTC());
    }

    /** For tests and tools: settings from a map, and a clock. */
    public static ScanWiring of(Map<String, String> environment, Clock clock) {
        return new ScanWiring(ScanSettings.check(FunctionSettings.from(environment)), clock);
    }

    public ZoneId zone() {
        return settings.common().zone();
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The scan function's first-request work, done before its snapshot: JSON, the SDK's DynamoDB
     * path, and the roles.yaml parser on the starter catalogue. Nothing is read that is secret, and
     * nothing is written or sent.
     */
    public void prime() {
        TypedHandler.primeJson(new ScanSummary("2026-01-05", 1, "SCANNED", null, null, "run", 0, 0, 0, 0, 0, 100.0,
                0, 0, 0, 0));
        TypedHandler.primeJson(new ScheduleEvent("2026-01-05T06:00:00Z", false));
        StarterCatalogue.exerciseParser();
        aws.primeDynamoDb(settings.common().value(Variable.TABLE_NAME));
    }

    public ScheduledScan scheduledScan() {
        FunctionSettings common = settings.common();
        DynamoDbStorage store = DynamoDbStorage.create(aws.dynamoDb(), common.value(Variable.TABLE_NAME), clock);
        Storage storage = store.storage();
        S3ConfigBucket config = new S3ConfigBucket(aws.configured(S3Clients.builder(settings.s3PathStyle())).build(),
                common.value(Variable.CONFIG_BUCKET));
        Supplier<SecretsManagerSecret> credentials = AwsClients.memoize(
                () -> new SecretsManagerSecret(aws.configured(SecretsManagerClient.builder()).build(),
                        common.value(Variable.CREDENTIALS_SECRET_ARN), clock, SECRET_CACHE));
        DirectorySources directories = new DirectorySources(settings, credentials, config, clock);
        HrSources hr = new HrSources(settings, credentials, config);
        EventBridgeFindingEvents events = new EventBridgeFindingEvents(
                aws.configured(EventBridgeClient.builder()).build(), common.value(Variable.EVENT_BUS_NAME));
        SesMailer mailer = new SesMailer(aws.ses(), common.sender(), clock);
        Supplier<LinkSecrets> links = AwsClients.memoize(() -> new LinkSecrets(new SecretsManagerSecret(
                aws.configured(SecretsManagerClient.builder()).build(), common.value(Variable.LINK_SECRET_ARN), clock,
                SECRET_CACHE)));
        Deliveries channels = FunctionChannels.deliveries(delivery -> ChannelProviders.create(delivery,
                common.environment(), () -> {
                    if (common.optional(Variable.CREDENTIALS_SECRET_ARN).isEmpty()) {
                        throw FunctionChannels.noSecret();
                    }
                    return credentials.get().values();
                }, FunctionChannels.MAX_WAIT, Sleeper.REAL), store.reportLog(), clock);
        // Made for each run, with the link secret's value of the moment (it may have been replaced).
        Supplier<NotifyUseCase> holderNotices = () -> new NotifyUseCase(storage, store.reportLog(), mailer,
                links.get().signer(), common.publicUrl().orElseThrow(), common.asOfRules(clock), NOTICE_LEASE,
                channels);
        NoticeUseCase notices = new NoticeUseCase(storage, new ReportRenderer(), mailer, common.noticeRecipients(),
                store.noticeLog(), clock, ScheduledScan.HOW_TO_REPAIR);
        ScanCycle cycle = new ScanCycle(new ScanUseCase(storage, events, common.asOfRules(clock)),
                new NonconformityUseCase(storage, common.asOfRules(clock)),
                (held, source, asOf) -> notices.scanHeld(held, source, asOf, ScheduledScan.HOW_TO_ACCEPT).isPresent(),
                holderNotices, channels);
        return new ScheduledScan(config, common.configKey(), directories::create, hr::read, cycle, notices,
                settings.readDeadline());
    }
}
