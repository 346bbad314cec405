package io.rolecall.functions;

import io.rolecall.core.acknowledge.AcknowledgementPage;
import io.rolecall.core.acknowledge.AcknowledgementRenderer;
import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.port.Storage;
import io.rolecall.core.usecase.AcknowledgementEndpoint;
import io.rolecall.core.usecase.AcknowledgementPages;
import io.rolecall.infra.dynamodb.DynamoDbStorage;
import io.rolecall.infra.secrets.LinkSecrets;
import io.rolecall.infra.secrets.SecretsManagerSecret;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Builds AcknowledgeFunction's object graph from its settings, once per execution environment. */
public final class AcknowledgeWiring {

    /** A replaced link secret takes effect within this; every request within it reads no secret. */
    static final Duration SECRET_CACHE = Duration.ofMinutes(15);

    private final FunctionSettings settings;
    private final Clock clock;
    private final Storage storage;
    private final Supplier<LinkSecrets> links;
    private final AwsClients aws;
    /** The pages for the address they are reached at and the link secret's current value. */
    private volatile Current current;

    private record Current(String origin, LinkSigner signer, AcknowledgementEndpoint endpoint) {
    }

    private AcknowledgeWiring(FunctionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.aws = new AwsClients(Region.of(settings.region()));
        this.storage = DynamoDbStorage.create(aws.dynamoDb(), settings.value(Variable.TABLE_NAME), clock).storage();
        this.links = AwsClients.memoize(() -> new LinkSecrets(new SecretsManagerSecret(
                aws.configured(SecretsManagerClient.builder()).build(), settings.value(Variable.LINK_SECRET_ARN),
                clock, SECRET_CACHE)));
    }

    public static AcknowledgeWiring fromEnvironment() {
        return of(System.getenv(), Clock.systemUTC());
    }

    /** For tests and tools: settings from a map, and the clock acceptances are dated by. */
    public static AcknowledgeWiring of(Map<String, String> environment, Clock clock) {
        FunctionSettings settings = FunctionSettings.from(environment);
        FunctionSettings.fail(settings.optional(Variable.LINK_SECRET_ARN).isPresent() ? List.of()
                : List.of(Variable.LINK_SECRET_ARN + " is not set (" + Variable.LINK_SECRET_ARN.description() + ")"));
        settings.publicUrl();
        return new AcknowledgeWiring(settings, clock);
    }

    /**
     * The acceptance pages' first-request work, done before their snapshot: JSON for the function URL's
     * requests and responses, a page rendered from its template, and the SDK's DynamoDB path. The link
     * secret is not read (a snapshot is shared by every environment restored from it, and the secret
     * may be replaced meanwhile), and no link is signed.
     */
    public void prime() {
        TypedHandler.primeJson(new FunctionUrlRequest("/ack/x", Map.of("content-type",
                "application/x-www-form-urlencoded"), new FunctionUrlRequest.RequestContext("priming.example",
                new FunctionUrlRequest.Http("POST")), "YQ==", true));
        TypedHandler.primeJson(new FunctionUrlResponse(404, Map.of("Cache-Control", "no-store"),
                new AcknowledgementRenderer().render(AcknowledgementPage.problem(404, "Not found", "Priming.")), false));
        aws.primeDynamoDb(settings.value(Variable.TABLE_NAME));
    }

    /**
     * The pages as reached at {@code domainName} (the function URL's host), unless PUBLIC_URL names a
     * custom address, which is then the only origin a form may come from.
     */
    AcknowledgementEndpoint endpoint(String domainName) {
        PublicUrl url = settings.publicUrl().orElseGet(() -> PublicUrl.of("https://" + domainName));
        LinkSigner signer = links.get().signer();
        Current pages = current;
        if (pages == null || !pages.origin().equals(url.origin()) || pages.signer() != signer) {
            // Built again only when the address or the secret changed: the pages cache the parsed roles.yaml.
            pages = new Current(url.origin(), signer, new AcknowledgementEndpoint(
                    new AcknowledgementPages(storage, signer, url, clock)));
            current = pages;
        }
        return pages.endpoint();
    }
}
