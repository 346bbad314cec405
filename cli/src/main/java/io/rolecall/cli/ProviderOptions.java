package io.rolecall.cli;

import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.SettingsOwner;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Settings given as KEY=VALUE options, for a directory provider or an HR provider. */
final class ProviderOptions {

    private ProviderOptions() {
    }

    /**
     * Builds what {@code create} makes from the provider's settings: the environment, with the
     * {@code option KEY=VALUE} settings given over it.
     *
     * @throws InvalidInputException when a setting is wrong, missing or a secret given as an option
     */
    static <T> T create(SettingsOwner provider, List<String> given, String option, Map<String, String> environment,
                        Function<ProviderSettings, T> create) {
        Map<String, String> values = new HashMap<>(environment);
        values.putAll(settingsOf(provider, given, option));
        try {
            return create.apply(ProviderSettings.fromEnvironmentAndSecret(provider, values, Map.of()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage() + " (" + option + " KEY=VALUE, or the environment)");
        }
    }

    /**
     * {@code option KEY=VALUE} each, checked against the keys the provider reads. A value is never
     * repeated in a message: whatever the flag says, people paste secrets into it.
     *
     * @param option the option they were given with, "--provider-setting" or "--hr-setting"
     */
    static Map<String, String> settingsOf(SettingsOwner provider, List<String> given, String option) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : given) {
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw new InvalidInputException(option + " takes KEY=VALUE, and one of them has no KEY= in "
                        + "front (it is not repeated here, in case it is a secret); write it as KEY=VALUE");
            }
            String key = setting.substring(0, equals).trim();
            try {
                ProviderSettings.refuseUnknown(provider, List.of(key), option);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage());
            }
            if (provider.settings().stream().anyMatch(s -> s.key().equals(key) && s.secret())) {
                throw new InvalidInputException(option + " " + key + " is a secret: set it in the environment "
                        + "(export " + key + "=...), not on the command line, where the shell history and the "
                        + "process list keep it");
            }
            settings.put(key, setting.substring(equals + 1));
        }
        return settings;
    }
}
