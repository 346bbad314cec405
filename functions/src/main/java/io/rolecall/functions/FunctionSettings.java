package io.rolecall.functions;

import io.rolecall.connector.support.DeadlineDirectorySource;
import io.rolecall.core.model.Email;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.infra.s3.S3Clients;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The functions' configuration, read from the environment once and checked as a whole: a missing
 * or malformed variable fails the function's start with every problem listed.
 */
public final class FunctionSettings {

    /** Where the scan reads the directory from. */
    public enum Provider { OKTA, GOOGLE, EXPORT }

    private final Map<String, String> env;

    private FunctionSettings(Map<String, String> env) {
        this.env = env;
    }

    /** Checks what every function needs; provider settings are checked by {@link #checkScan()}. */
    public static FunctionSettings from(Map<String, String> env) {
        FunctionSettings settings = new FunctionSettings(Map.copyOf(env));
        List<String> problems = new ArrayList<>();
        for (Variable required : List.of(Variable.TABLE_NAME, Variable.CONFIG_BUCKET, Variable.SENDER_ADDRESS,
                Variable.TIME_ZONE)) {
            settings.require(required, problems);
        }
        settings.optional(Variable.SENDER_ADDRESS).filter(v -> !Email.isValid(v))
                .ifPresent(v -> problems.add("SENDER_ADDRESS '" + v + "' is not an email address"));
        settings.optional(Variable.NOTIFY_EMAIL).filter(v -> !Email.isValid(v))
                .ifPresent(v -> problems.add("NOTIFY_EMAIL '" + v + "' is not an email address"));
        settings.optional(Variable.TIME_ZONE).ifPresent(zone -> {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.add("TIME_ZONE '" + zone + "' is not an IANA time zone such as Europe/London");
            }
        });
        fail(problems);
        return settings;
    }

    /** Checks what the scan needs: the provider and its settings, the bus. */
    public FunctionSettings checkScan() {
        List<String> problems = new ArrayList<>();
        require(Variable.EVENT_BUS_NAME, problems);
        try {
            readDeadline();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        Optional<String> provider = optional(Variable.DIRECTORY_PROVIDER);
        if (provider.isEmpty()) {
            problems.add("DIRECTORY_PROVIDER is not set: use okta, google or export");
        } else {
            try {
                switch (provider()) {
                    case OKTA -> {
                        require(Variable.OKTA_ORG_URL, problems);
                        require(Variable.CREDENTIALS_SECRET_ARN, problems);
                        optional(Variable.OKTA_ORG_URL).filter(url -> !url.startsWith("https://")
                                && !url.startsWith("http://")).ifPresent(url -> problems.add(
                                "OKTA_ORG_URL '" + url + "' is not a URL such as https://acme.okta.com"));
                        optional(Variable.OKTA_RATE_LIMIT_SHARE).ifPresent(share -> {
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
                    case GOOGLE -> {
                        require(Variable.GOOGLE_ADMIN_EMAIL, problems);
                        require(Variable.CREDENTIALS_SECRET_ARN, problems);
                        optional(Variable.GOOGLE_ADMIN_EMAIL).filter(v -> !Email.isValid(v)).ifPresent(v ->
                                problems.add("GOOGLE_ADMIN_EMAIL '" + v + "' is not an email address"));
                    }
                    case EXPORT -> require(Variable.DIRECTORY_EXPORT_KEY, problems);
                }
            } catch (IllegalArgumentException e) {
                problems.add("DIRECTORY_PROVIDER '" + provider.get() + "' is not okta, google or export");
            }
        }
        fail(problems);
        return this;
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("RoleCall is misconfigured (" + String.join("; ", problems)
                    + "). Set these in the stack's parameters; see the README, section Deploy on AWS.");
        }
    }

    private void require(Variable variable, List<String> problems) {
        if (optional(variable).isEmpty()) {
            problems.add(variable + " is not set (" + variable.description() + ")");
        }
    }

    public Optional<String> optional(Variable variable) {
        String value = env.get(variable.name());
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String value(Variable variable) {
        return optional(variable).orElseThrow(() -> new IllegalStateException(variable + " is not set"));
    }

    public String region() {
        return Optional.ofNullable(env.get("AWS_REGION")).filter(r -> !r.isBlank())
                .orElseThrow(() -> new IllegalStateException("AWS_REGION is not set; the Lambda runtime sets it"));
    }

    /** Emulators need path-style S3 addresses; real S3 takes either. */
    public boolean s3PathStyle() {
        return S3Clients.pathStyleFor(env);
    }

    public Provider provider() {
        return Provider.valueOf(value(Variable.DIRECTORY_PROVIDER).toUpperCase(Locale.ROOT));
    }

    public ZoneId zone() {
        return ZoneId.of(value(Variable.TIME_ZONE));
    }

    public Email sender() {
        return Email.of(value(Variable.SENDER_ADDRESS));
    }

    public String configKey() {
        return optional(Variable.CONFIG_KEY).orElse("roles.yaml");
    }

    public URI oktaOrgUrl() {
        return URI.create(value(Variable.OKTA_ORG_URL));
    }

    /**
     * Future days are refused unless {@value AsOfRules#ALLOW_FUTURE_VARIABLE} is 1: a switch for
     * tests and simulations, which template.yaml never sets.
     */
    public AsOfRules asOfRules(Clock clock) {
        return AsOfRules.from(clock, env);
    }

    /**
     * {@value DeadlineDirectorySource#VARIABLE} when set (seconds), else half an hour; never more than
     * the invocation has left, which the scan checks each time.
     */
    public Duration readDeadline() {
        return DeadlineDirectorySource.fromEnvironment(env);
    }

    public List<Email> noticeRecipients() {
        return optional(Variable.NOTIFY_EMAIL).map(Email::of).map(List::of).orElse(List.of());
    }
}
