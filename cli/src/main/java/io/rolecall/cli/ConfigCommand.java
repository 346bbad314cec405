package io.rolecall.cli;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.ExceptionCheck;
import io.rolecall.core.port.Storage;
import io.rolecall.core.usecase.ExceptionApprovals;
import io.rolecall.infra.local.LocalStorage;
import io.rolecall.infra.s3.ConfigBucketException;
import io.rolecall.infra.s3.S3Clients;
import io.rolecall.infra.s3.S3ConfigBucket;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Works with roles.yaml files.",
        subcommands = {ConfigCommand.Check.class, ConfigCommand.Push.class})
final class ConfigCommand implements Runnable {

    @CommandLine.ParentCommand
    RoleCallCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand, for example: config check roles.yaml, or config push roles.yaml --bucket BUCKET");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validates a roles.yaml and lists every problem with its line and a fix (exit 2 if any).",
                    "With a state (--state, or .rolecall where it exists) it also warns of exceptions that accept "
                            + "nothing: expired, or matching no finding of the latest scan (exit 0)."})
    static final class Check implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The roles.yaml to check.")
        Path file;

        @Option(names = "--state", paramLabel = "DIR",
                description = "The state to check the exceptions against. Default: .rolecall, where it exists.")
        Path state;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "The day to check the exceptions on (expired ones warn). Default: today.")
        LocalDate asOf;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        ConfigCommand config;

        @Override
        public Integer call() {
            RoleCatalogue catalogue = RolesFiles.read(file).parse();
            Channels.checkSecrets(catalogue, config.root.environment());
            PrintWriter out = spec.commandLine().getOut();
            out.println(file + " is valid: " + catalogue.organisation() + ", "
                    + count(catalogue.roles().size(), "role", "roles") + ", "
                    + count(catalogue.conflicts().size(), "conflict", "conflicts") + ", "
                    + count(catalogue.responsibilities().size(), "responsibility", "responsibilities") + ", "
                    + count(catalogue.acceptedRisks().size(), "exception", "exceptions") + ", "
                    + count(catalogue.activities().size(), "activity", "activities") + ", "
                    + count(catalogue.documents().size(), "document", "documents") + ", "
                    + count(catalogue.approvals().size(), "approval", "approvals") + "; frameworks: "
                    + String.join(", ", catalogue.frameworks().packs().stream().map(pack -> pack.id()).toList())
                    + (catalogue.frameworks().declared() ? "" : " (by default)") + ".");
            catalogue.functionsNotDeclared().stream().filter(f -> catalogue.frameworks().declared()).forEach(f ->
                    out.println("warning: no role fulfils " + f.qualifiedId() + " (" + f.name() + "); add it to a "
                            + "role's functions, or the scan reports it as FUNCTION_NOT_ASSIGNED."));
            if (state != null && !LocalStorage.holdsState(state)) {
                throw new InvalidInputException("--state " + state + " holds no RoleCall state; give the folder "
                        + "'rolecall scan' wrote (default .rolecall)");
            }
            Path dir = state != null ? state : StoreOptions.DEFAULT_STATE;
            if (!catalogue.acceptedRisks().isEmpty()) {
                if (LocalStorage.holdsState(dir)) {
                    LocalDate day = asOf != null ? asOf : LocalDate.now(Clock.systemDefaultZone());
                    List<ExceptionCheck.Warning> warnings;
                    try (LocalStorage storage = LocalStorage.openForReading(dir)) {
                        Storage stored = storage.storage();
                        warnings = ExceptionCheck.warnings(catalogue.acceptedRisks(), stored.findings().findings(), day,
                                ExceptionApprovals.notStanding(catalogue, stored.people()::find, stored.ledger(), day));
                    }
                    warnings.forEach(w -> out.println("warning: " + w.message()));
                    if (warnings.isEmpty()) {
                        out.println("Every exception is in force and matches a finding of the latest scan in " + dir
                                + ".");
                    }
                } else {
                    out.println("The exceptions were not checked against findings: there is no state in " + dir
                            + " (give --state DIR).");
                }
            }
            out.flush();
            return RoleCallCommand.EXIT_OK;
        }
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = {"Validates a roles.yaml, then uploads it to the configuration bucket of a deployed "
                    + "RoleCall stack (its ConfigBucket output). The bucket is versioned: every version stays as "
                    + "evidence. An invalid file is not uploaded (exit 2).",
                    "AWS credentials and region come from the usual places: AWS_PROFILE (including IAM Identity "
                    + "Center after 'aws sso login'), AWS_ACCESS_KEY_ID, AWS_REGION."})
    static final class Push implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The roles.yaml to upload.")
        Path file;

        @Option(names = "--bucket", required = true, description = "The stack's configuration bucket.")
        String bucket;

        @Option(names = "--key", defaultValue = "roles.yaml",
                description = "The object key; the stack's ConfigKey parameter. Default: ${DEFAULT-VALUE}")
        String key;

        @Option(names = "--region", description = "The stack's region (default: AWS_REGION or the profile's).")
        String region;

        @CommandLine.ParentCommand
        ConfigCommand config;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CatalogueSource source = RolesFiles.read(file);
            RoleCatalogue catalogue = source.parse();
            Map<String, String> environment = config.root.environment();
            String version;
            try (S3Client s3 = client(environment)) {
                version = new S3ConfigBucket(s3, bucket).pushRoles(key, source.text());
            } catch (SdkClientException e) {
                throw new ConfigBucketException("cannot upload s3://" + bucket + "/" + key + ": "
                        + AwsProblems.why(e), e);
            }
            spec.commandLine().getOut().println(file + " is valid (" + catalogue.organisation() + ", "
                    + catalogue.roles().size() + " roles) and is now s3://" + bucket + "/" + key
                    + (version == null ? "" : ", version " + version) + ". The next scan uses it.");
            return RoleCallCommand.EXIT_OK;
        }

        private S3Client client(Map<String, String> environment) {
            S3ClientBuilder builder = S3Clients.builder(S3Clients.pathStyleFor(environment))
                    .httpClient(UrlConnectionHttpClient.create());
            if (region != null) {
                builder.region(Region.of(region));
            }
            String endpoint = environment.get("AWS_ENDPOINT_URL_S3");
            if (endpoint != null && !endpoint.isBlank()) {
                builder.endpointOverride(URI.create(endpoint));
            }
            return builder.build();
        }
    }

    /** "1 role", "3 roles". */
    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
