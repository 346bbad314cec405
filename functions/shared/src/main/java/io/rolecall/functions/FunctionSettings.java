package io.rolecall.functions;

import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.model.Email;
import io.rolecall.core.usecase.AsOfRules;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions' configuration, read from the environment once and checked as a whole: a missing
 * or malformed variable fails the function's start with every problem listed.
 */
public final class FunctionSettings {

    private final Map<String, String> env;

    private FunctionSettings(Map<String, String> env) {
        this.env = env;
    }

    /** Checks what every function needs; the scan checks its own settings on top (ScanSettings). */
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

    /** @throws IllegalStateException listing every problem, when there is any */
    static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("RoleCall is misconfigured (" + String.join("; ", problems)
                    + "). Set these in the stack's parameters; see the README, section Deploy on AWS.");
        }
    }

    void require(Variable variable, List<String> problems) {
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

    public ZoneId zone() {
        return ZoneId.of(value(Variable.TIME_ZONE));
    }

    public Email sender() {
        return Email.of(value(Variable.SENDER_ADDRESS));
    }

    public String configKey() {
        return optional(Variable.CONFIG_KEY).orElse("roles.yaml");
    }

    /**
     * Future days are refused unless {@value AsOfRules#ALLOW_FUTURE_VARIABLE} is 1: a switch for
     * tests and simulations, which template.yaml never sets.
     */
    public AsOfRules asOfRules(Clock clock) {
        return AsOfRules.from(clock, env);
    }

    /** The whole environment, for settings a function reads beyond {@link Variable}. */
    public Map<String, String> environment() {
        return env;
    }

    /**
     * Where acceptance links point, when PUBLIC_URL is set.
     *
     * @throws IllegalStateException when it is set but not an absolute https address
     */
    public Optional<PublicUrl> publicUrl() {
        try {
            return optional(Variable.PUBLIC_URL).map(PublicUrl::of);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PUBLIC_URL: " + e.getMessage(), e);
        }
    }

    public List<Email> noticeRecipients() {
        return optional(Variable.NOTIFY_EMAIL).map(Email::of).map(List::of).orElse(List.of());
    }
}
