package io.rolecall.cli;

import io.rolecall.connector.google.GoogleProvider;
import io.rolecall.connector.google.GoogleSettings;
import io.rolecall.core.model.Email;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

    /** The provider's settings from these options and the environment, each checked with a message for the CLI. */
    Map<String, String> settings(String admin, Map<String, String> env) {
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
        Map<String, String> settings = new HashMap<>();
        settings.put(GoogleProvider.ADMIN_EMAIL, admin);
        settings.put(GoogleProvider.SERVICE_ACCOUNT_KEY, key);
        settings.put(GoogleProvider.CUSTOMER, customer);
        // Empty means none: a lone comma keeps it apart from "not set", which defaults to ADMIN.
        settings.put(GoogleProvider.LEAVER_SUSPENSION_REASONS, leaverReasons.isBlank() ? "," : leaverReasons);
        settings.put(GoogleProvider.END_DATE_FIELD, endDateField);
        settings.put(GoogleProvider.SERVICE_FIELD, serviceField);
        settings.put(GoogleProvider.SERVICE_ORG_UNIT, serviceOrgUnit);
        settings.put(GoogleProvider.MAX_WAIT_MINUTES, Integer.toString(maxWaitMinutes));
        settings.put(GoogleProvider.ROOT_URL, env.get(ROOT_URL));
        return settings;
    }
}
