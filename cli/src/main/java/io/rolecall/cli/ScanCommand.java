package io.rolecall.cli;

import io.rolecall.connector.support.DeadlineDirectorySource;
import io.rolecall.connector.support.DirectoryContext;
import io.rolecall.connector.support.HrProvider;
import io.rolecall.connector.support.HrProviders;
import io.rolecall.connector.support.Progress;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.port.DirectorySource;
import io.rolecall.core.port.FindingEvents;
import io.rolecall.core.port.HrSource;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.Deliveries;
import io.rolecall.core.usecase.FindingTickets;
import io.rolecall.core.usecase.NonconformityUseCase;
import io.rolecall.core.usecase.ScanCycle;
import io.rolecall.core.usecase.ScanDirectory;
import io.rolecall.core.usecase.ScanRequest;
import io.rolecall.core.usecase.ScanResult;
import io.rolecall.core.usecase.ScanUseCase;
import io.rolecall.infra.local.LocalStorage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Reads the directory and roles.yaml, detects gaps, updates the local state and "
                + "prints the open findings.",
                "Exit 0 when the scan ran (with or without findings), 2 on invalid input, "
                        + "3 when the directory change guard held the run."})
final class ScanCommand implements Callable<Integer> {

    enum Format { text, json }

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Directory source (exactly one):%n")
    DirectoryOptions directory;

    @Option(names = "--roles", paramLabel = "FILE", required = true, description = "The roles.yaml to check.")
    Path roles;

    @ArgGroup(exclusive = false, heading = "Okta (with --okta):%n")
    OktaOptions okta = new OktaOptions();

    @ArgGroup(exclusive = false, heading = "Google Workspace (with --google-admin):%n")
    GoogleOptions google = new GoogleOptions();

    @ArgGroup(exclusive = false, heading = "Microsoft Entra ID (with --entra):%n")
    EntraOptions entra = new EntraOptions();

    @Option(names = "--provider-setting", paramLabel = "KEY=VALUE",
            description = "A setting of the --provider directory, for example ENTRA_TENANT_ID=contoso.onmicrosoft.com; "
                    + "repeat it for each. Secrets belong in the environment, never here.")
    List<String> providerSettings = new java.util.ArrayList<>();

    @Option(names = "--hr", paramLabel = "NAME",
            description = "Also read an HR system (file, or a plug-in) for end dates and time off: leavers before "
                    + "their last day, accounts still active after it, and days when a role has nobody to act.")
    String hrName;

    @Option(names = "--hr-setting", paramLabel = "KEY=VALUE",
            description = "A setting of the --hr source, for example HR_FILE=hr.csv; repeat it for each. Secrets "
                    + "belong in the environment, never here.")
    List<String> hrSettings = new java.util.ArrayList<>();

    @Mixin
    StateOptions state;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: a table grouped by severity; json: machine-readable open findings. "
                    + "Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--read-deadline-seconds", paramLabel = "SECONDS",
            description = "The longest the directory read may take before the scan fails cleanly; default "
                    + "ROLECALL_READ_DEADLINE_SECONDS, else 1800.")
    Long readDeadlineSeconds;

    @Option(names = "--accept-directory-change",
            description = "Accept a scan that the directory change guard would hold (many leavers at once).")
    boolean acceptDirectoryChange;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    RoleCallCommand parent;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        CatalogueSource catalogueSource = RolesFiles.read(roles);
        LocalDate asOf = state.asOf(clock);
        AsOfRules asOfRules = AsOfRules.from(clock, parent.environment());
        // Checked again by the scan itself; here so that a refused date costs no directory read.
        asOfRules.refuseFuture(asOf, "this scan");
        RoleCatalogue catalogue;
        DirectorySource source;
        ScanDirectory scanned;
        boolean comparing = LocalStorage.holdsState(state.state);
        if (comparing && directory.exportFile != null) {
            // An export lists everyone's groups whatever roles.yaml names, so its fingerprint need not wait
            // for the parse of roles.yaml: the two run side by side, which an unchanged export's scan feels most.
            source = source(Set.of(), asOf);
            scanned = ScanDirectory.readingFrom(source);
            scanned.startReading();
            catalogue = catalogueSource.parse();
        } else {
            // The directory services are asked only for the groups that roles.yaml names.
            catalogue = catalogueSource.parse();
            source = source(catalogue.referencedGroups(), asOf);
            scanned = ScanDirectory.readingFrom(source);
            if (comparing) {
                scanned.startReading();
            } else {
                // A first scan reads before it creates the state, so that a failed read leaves nothing behind.
                scanned.snapshot();
            }
        }
        HrSnapshot hr = hr(catalogue, asOf);
        try (LocalStorage storage = LocalStorage.open(state.state)) {
            ScanCycle.Outcome outcome = ScanCycle.scanAndRegister(new ScanUseCase(storage.storage(),
                    FindingEvents.NONE, asOfRules), new NonconformityUseCase(storage.storage(), asOfRules)).run(
                    new ScanRequest(catalogueSource, catalogue, scanned, source.describe(), asOf,
                            acceptDirectoryChange).withHr(hr));
            ScanResult result = outcome.result();
            if (result.held()) {
                spec.commandLine().getErr().println("rolecall: scan HELD by the directory change guard. "
                        + result.guard().explanation()
                        + "\nIf the change is real, accept it by running the same command with "
                        + "--accept-directory-change:\n  " + acceptCommand());
                return RoleCallCommand.EXIT_HELD;
            }
            ScanOutput output = new ScanOutput(result, source.describe(), outcome.nonconformities());
            CommandOutput.print(spec, format == Format.json ? output.json() : output.text(state.state),
                    format == Format.json);
            if (format == Format.json) {
                output.exceptionWarnings().forEach(w -> spec.commandLine().getErr().println("rolecall: warning: "
                        + w.message()));
            }
            // Each new gap of a tracked severity becomes a Jira issue, each resolved one a comment on it.
            List<Deliveries.Tally> tickets = FindingTickets.afterScan(result, Channels.from(parent.environment(),
                    storage.sentEmails(), clock));
            PrintWriter err = spec.commandLine().getErr();
            boolean delivered = Channels.print(tickets, format == Format.json ? err : spec.commandLine().getOut(),
                    err);
            return delivered ? RoleCallCommand.EXIT_OK : RoleCallCommand.EXIT_FAILURE;
        }
    }

    /** The HR system's records for the days the coverage rule looks ahead, or null without --hr. */
    private HrSnapshot hr(RoleCatalogue catalogue, LocalDate asOf) {
        if (hrName == null) {
            if (!hrSettings.isEmpty()) {
                throw new InvalidInputException("--hr-setting needs --hr NAME, the HR source it is a setting of");
            }
            return null;
        }
        HrProvider provider;
        try {
            provider = HrProviders.named(hrName);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--hr " + e.getMessage());
        }
        HrSource source = ProviderOptions.create(provider, hrSettings, "--hr-setting", parent.environment(),
                provider::create);
        return source.read(asOf, asOf.plusDays(catalogue.policy().coverageDays()));
    }

    private DirectorySource source(Set<String> referencedGroups, LocalDate asOf) {
        PrintWriter err = spec.commandLine().getErr();
        DirectoryContext context = new DirectoryContext(referencedGroups, asOf, new Progress(line -> {
            err.println(line);
            err.flush();
        }, Clock.systemUTC(), Duration.ofSeconds(2)));
        return DeadlineDirectorySource.of(directory.source(context, okta, google, entra, providerSettings,
                parent.environment()), readDeadline());
    }

    private Duration readDeadline() {
        if (readDeadlineSeconds != null) {
            if (readDeadlineSeconds <= 0) {
                throw new InvalidInputException("--read-deadline-seconds must be above 0");
            }
            return Duration.ofSeconds(readDeadlineSeconds);
        }
        try {
            return DeadlineDirectorySource.fromEnvironment(parent.environment());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private String acceptCommand() {
        List<String> args = new ArrayList<>(List.of("rolecall"));
        args.addAll(spec.commandLine().getParseResult().originalArgs());
        args.add("--accept-directory-change");
        return String.join(" ", args);
    }
}
