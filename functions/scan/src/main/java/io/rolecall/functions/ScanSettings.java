package io.rolecall.functions;

import io.rolecall.connector.support.DeadlineDirectorySource;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.DirectoryProviders;
import io.rolecall.connector.support.HrProvider;
import io.rolecall.connector.support.HrProviders;
import io.rolecall.connector.support.ProviderSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.model.Email;
import io.rolecall.infra.s3.S3Clients;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What only the scan reads from the environment, checked as a whole when it starts: the directory
 * provider and its settings, the event bus, the read deadline.
 */
final class ScanSettings {

    private final FunctionSettings settings;

    private ScanSettings(FunctionSettings settings) {
        this.settings = settings;
    }

    /** @throws IllegalStateException listing every problem, when there is any */
    static ScanSettings check(FunctionSettings settings) {
        ScanSettings scan = new ScanSettings(settings);
        List<String> problems = new ArrayList<>();
        settings.require(Variable.EVENT_BUS_NAME, problems);
        // The scan sends holders their notices, whose links need both.
        settings.require(Variable.LINK_SECRET_ARN, problems);
        settings.require(Variable.PUBLIC_URL, problems);
        try {
            settings.publicUrl();
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        }
        try {
            scan.readDeadline();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        Map<String, String> directory = Map.of();
        Set<String> jsonKeys = Set.of();
        try {
            jsonKeys = scan.jsonSettings().keySet();
            directory = scan.directorySettings();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        Optional<String> provider = settings.optional(Variable.DIRECTORY_PROVIDER);
        if (provider.isEmpty()) {
            problems.add("DIRECTORY_PROVIDER is not set: use " + providerNames());
        } else {
            try {
                DirectoryProvider chosen = scan.provider();
                try {
                    ProviderSettings.refuseUnknown(chosen, jsonKeys, "DIRECTORY_SETTINGS");
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
                switch (chosen.name()) {
                    case "okta" -> scan.checkOkta(problems);
                    case "google" -> {
                        settings.require(Variable.GOOGLE_ADMIN_EMAIL, problems);
                        settings.require(Variable.CREDENTIALS_SECRET_ARN, problems);
                        settings.optional(Variable.GOOGLE_ADMIN_EMAIL).filter(v -> !Email.isValid(v)).ifPresent(v ->
                                problems.add("GOOGLE_ADMIN_EMAIL '" + v + "' is not an email address"));
                    }
                    case "entra" -> {
                        settings.require(Variable.CREDENTIALS_SECRET_ARN, problems);
                        if (!directory.containsKey(Variable.ENTRA_TENANT_ID.name())) {
                            problems.add("ENTRA_TENANT_ID is not set (nor in DIRECTORY_SETTINGS): give the Entra ID "
                                    + "directory (tenant) id");
                        }
                    }
                    case "export" -> settings.require(Variable.DIRECTORY_EXPORT_KEY, problems);
                    default -> settings.require(Variable.CREDENTIALS_SECRET_ARN, problems);
                }
            } catch (IllegalArgumentException e) {
                problems.add("DIRECTORY_PROVIDER '" + provider.get() + "' is not " + providerNames());
            }
        }
        settings.optional(Variable.HR_PROVIDER).ifPresent(name -> {
            try {
                switch (HrProviders.named(name).name()) {
                    case "file" -> settings.require(Variable.HR_EXPORT_KEY, problems);
                    case "bamboohr" -> {
                        settings.require(Variable.BAMBOOHR_COMPANY, problems);
                        settings.require(Variable.CREDENTIALS_SECRET_ARN, problems);
                    }
                    default -> settings.require(Variable.CREDENTIALS_SECRET_ARN, problems);
                }
            } catch (IllegalArgumentException e) {
                problems.add("HR_PROVIDER " + e.getMessage() + ", or leave it empty");
            }
        });
        FunctionSettings.fail(problems);
        return scan;
    }

    /** The HR source read beside the directory, when one is configured. */
    Optional<HrProvider> hrProvider() {
        return settings.optional(Variable.HR_PROVIDER).map(HrProviders::named);
    }

    private void checkOkta(List<String> problems) {
        settings.require(Variable.OKTA_ORG_URL, problems);
        settings.require(Variable.CREDENTIALS_SECRET_ARN, problems);
        settings.optional(Variable.OKTA_ORG_URL).ifPresent(url -> {
            try {
                URI parsed = new URI(url);
                if (!url.startsWith("https://") && !url.startsWith("http://") || parsed.getRawUserInfo() != null
                        || parsed.getRawQuery() != null) {
                    throw new URISyntaxException(url, "not the org's address alone");
                }
            } catch (URISyntaxException e) {
                // The value is not repeated: it may hold a credential by mistake.
                problems.add("OKTA_ORG_URL is not the org's address alone, such as https://acme.okta.com");
            }
        });
        settings.optional(Variable.OKTA_RATE_LIMIT_SHARE).ifPresent(share -> {
            try {
                double value = Double.parseDouble(share);
                if (value <= 0 || value > 1) {
                    problems.add("OKTA_RATE_LIMIT_SHARE must be above 0 and at most 1");
                }
            } catch (NumberFormatException e) {
                problems.add("OKTA_RATE_LIMIT_SHARE '" + share + "' is not a number such as 0.5");
            }
        });
    }

    FunctionSettings common() {
        return settings;
    }

    /** @throws IllegalArgumentException when no provider on the classpath has the configured name */
    DirectoryProvider provider() {
        return DirectoryProviders.named(settings.value(Variable.DIRECTORY_PROVIDER));
    }

    /**
     * The provider's settings from the environment: DIRECTORY_SETTINGS (a JSON object, for providers
     * without parameters of their own in the template) under the variables, which win.
     *
     * @throws IllegalArgumentException when DIRECTORY_SETTINGS is not a JSON object of text values
     */
    Map<String, String> directorySettings() {
        Map<String, String> values = jsonSettings();
        settings.environment().forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(key, value);
            }
        });
        return values;
    }

    /** DIRECTORY_SETTINGS alone. */
    private Map<String, String> jsonSettings() {
        Map<String, String> values = new HashMap<>();
        Optional<String> json = settings.optional(Variable.DIRECTORY_SETTINGS);
        if (json.isPresent()) {
            try {
                JsonNode object = new ObjectMapper().readTree(json.get());
                if (object == null || !object.isObject()) {
                    throw new IllegalArgumentException("not an object");
                }
                object.properties().forEach(field -> {
                    if (!field.getValue().isValueNode()) {
                        throw new IllegalArgumentException(field.getKey() + " is not a text value");
                    }
                    values.put(field.getKey(), field.getValue().asText());
                });
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("DIRECTORY_SETTINGS must be a JSON object of text values, such as "
                        + "{\"ENTRA_TENANT_ID\": \"contoso.onmicrosoft.com\"} (" + e.getMessage() + ")");
            }
        }
        return values;
    }

    private static String providerNames() {
        return DirectoryProviders.all().stream().map(DirectoryProvider::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    URI oktaOrgUrl() {
        return URI.create(settings.value(Variable.OKTA_ORG_URL));
    }

    /** Emulators need path-style S3 addresses; real S3 takes either. */
    boolean s3PathStyle() {
        return S3Clients.pathStyleFor(settings.environment());
    }

    /**
     * {@value DeadlineDirectorySource#VARIABLE} when set (seconds), else half an hour; never more than
     * the invocation has left, which the scan checks each time.
     */
    Duration readDeadline() {
        return DeadlineDirectorySource.fromEnvironment(settings.environment());
    }
}
