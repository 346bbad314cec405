package io.rolecall.cli;

import io.rolecall.connector.google.GoogleDirectorySource;
import io.rolecall.connector.google.GoogleSettings;
import io.rolecall.connector.support.Progress;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.Email;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** How to read Google Workspace; only used with --google-admin. */
final class GoogleOptions {

    static final String ROOT_URL = "ROLECALL_GOOGLE_ROOT_URL";

    @Option(names = "--google-credentials", paramLabel = "KEY.json",
            description = "The service account's JSON key (domain-wide delegation, read-only scopes).")
    Path credentials;

    @Option(names = "--google-customer", paramLabel = "ID", defaultValue = GoogleSettings.MY_CUSTOMER,
            description = "The Workspace customer id. Default: ${DEFAULT-VALUE} (the admin's own)")
    String customer = GoogleSettings.MY_CUSTOMER;

    @Option(names = "--google-leaver-suspension-reasons", paramLabel = "REASONS", defaultValue = "ADMIN",
            description = "Comma-separated suspension reasons that mean the person left (else SUSPENDED); "
                    + "empty for none. Default: ${DEFAULT-VALUE}")
    String leaverReasons = "ADMIN";

    @Option(names = "--google-end-date-field", paramLabel = "SCHEMA.FIELD",
            description = "Custom schema field holding a person's leaving date (YYYY-MM-DD).")
    String endDateField;

    @Option(names = "--google-service-field", paramLabel = "SCHEMA.FIELD[=VALUE]",
            description = "Custom schema field marking service accounts: true when equal to VALUE, or truthy.")
    String serviceField;

    @Option(names = "--google-service-org-unit", paramLabel = "PATH",
            description = "Org unit whose users (and sub-units) are service accounts, for example /Service Accounts.")
    String serviceOrgUnit;

    @Option(names = "--google-max-wait-minutes", paramLabel = "MINUTES", defaultValue = "10",
            description = "The most the whole read may wait on quota errors and retries. Default: ${DEFAULT-VALUE}")
    int maxWaitMinutes = 10;

    GoogleDirectorySource source(String admin, RoleCatalogue catalogue, Map<String, String> env, PrintWriter err) {
        if (!Email.isValid(admin)) {
            throw new InvalidInputException("--google-admin '" + admin + "' is not an email address: name the "
                    + "Workspace admin the service account impersonates");
        }
        if (credentials == null) {
            throw new InvalidInputException("--google-admin needs --google-credentials KEY.json, the service "
                    + "account's JSON key; see the README, section Google Workspace");
        }
        if (maxWaitMinutes < 0) {
            throw new InvalidInputException("--google-max-wait-minutes cannot be negative");
        }
        String key;
        try {
            key = Files.readString(credentials);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read --google-credentials " + credentials + ": " + e.getMessage());
        }
        Set<String> reasons = Arrays.stream(leaverReasons.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
        GoogleSettings settings = GoogleSettings.of(admin, key, catalogue.referencedGroups()).withCustomer(customer)
                .withProfileMapping(reasons, endDateField, serviceField, serviceOrgUnit)
                .withLimits(Duration.ofMinutes(maxWaitMinutes), GoogleSettings.DEFAULT_MAX_ATTEMPTS,
                        GoogleSettings.DEFAULT_FIRST_RETRY_DELAY);
        String root = env.get(ROOT_URL);
        if (root != null && !root.isBlank()) {
            settings = settings.withRootUrl(URI.create(root));
        }
        return GoogleDirectorySource.create(settings, new Progress(line -> {
            err.println(line);
            err.flush();
        }, Clock.systemUTC(), Duration.ofSeconds(2)));
    }
}
