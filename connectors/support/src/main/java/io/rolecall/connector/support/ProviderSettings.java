package io.rolecall.connector.support;

import io.rolecall.core.model.FileErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's settings as one flat map of key to text; blank counts as not set. The messages name
 * the key and never repeat a secret's value.
 */
public final class ProviderSettings {

    private final Map<String, String> values;

    private ProviderSettings(Map<String, String> values) {
        this.values = values;
    }

    public static ProviderSettings of(Map<String, String> values) {
        Map<String, String> kept = new HashMap<>();
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(key, value);
            }
        });
        return new ProviderSettings(kept);
    }

    /**
     * The settings of {@code provider} from an environment and, for its secret settings not in the
     * environment, from the credentials secret's JSON fields (the scan function's way).
     */
    public static ProviderSettings fromEnvironmentAndSecret(SettingsOwner provider, Map<String, String> environment,
                                                            Map<String, String> secretFields) {
        Map<String, String> values = new HashMap<>();
        for (DirectoryProvider.Setting setting : provider.settings()) {
            String value = environment.get(setting.key());
            if ((value == null || value.isBlank()) && setting.secret()) {
                value = secretFields.get(setting.secretField());
            }
            values.put(setting.key(), value);
        }
        return of(values);
    }

    /**
     * Refuses keys that {@code provider} does not read: a setting with a typo in its key would
     * otherwise be ignored, and the read done without it.
     *
     * @param where where the keys were given, for example "--provider-setting"
     * @throws IllegalArgumentException naming the first unknown key and every key the provider reads
     */
    public static void refuseUnknown(SettingsOwner provider, Collection<String> keys, String where) {
        List<String> known = provider.settings().stream().map(DirectoryProvider.Setting::key).toList();
        for (String key : keys) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(where + " " + key + " is not a setting of the " + provider.name()
                        + " " + provider.kind() + "; its settings are " + String.join(", ", known));
            }
        }
    }

    public Optional<String> optional(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim);
    }

    /**
     * A key, certificate or key file given either as its text (what a secret holds) or as the path of
     * a file holding it (what an environment variable usually names): text when it starts with
     * {@code textStart}, else read from the file.
     */
    public Optional<String> textOrFile(String key, String textStart) {
        return optional(key).map(value -> {
            if (value.startsWith(textStart)) {
                return value;
            }
            try {
                return Files.readString(Path.of(value));
            } catch (IOException | RuntimeException e) {
                // Neither the value nor the exception's message (which holds it) is repeated: a key pasted
                // with a wrong first line is a secret taken for a path, and this message reaches the logs.
                throw new IllegalArgumentException("cannot read " + key + ": it does not start with '" + textStart
                        + "', so it was taken as a file's path, and that file cannot be read ("
                        + FileErrors.describe(e) + "); give the file's path, or its content");
            }
        });
    }

    /** @throws IllegalArgumentException "KEY is not set: hint" */
    public String required(String key, String hint) {
        return optional(key).orElseThrow(() -> new IllegalArgumentException(key + " is not set: " + hint));
    }

    public boolean flag(String key) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false");
        };
    }

    public Optional<Integer> integer(String key, int min) {
        return optional(key).map(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value < min) {
                    throw new IllegalArgumentException(key + " must be at least " + min);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number");
            }
        });
    }
}
