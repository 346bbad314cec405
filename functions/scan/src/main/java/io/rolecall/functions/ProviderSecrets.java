package io.rolecall.functions;

import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.SettingsOwner;
import io.rolecall.infra.secrets.SecretsManagerSecret;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A plug-in's settings on AWS, for a directory or an HR source alike: the environment, and for its secret
 * settings the credentials secret's JSON fields, read only when the plug-in has a secret setting.
 */
final class ProviderSecrets {

    private ProviderSecrets() {
    }

    /**
     * Builds what {@code create} makes from the provider's settings.
     *
     * @param help where the secret's fields are explained, for the message when a setting is missing
     * @throws IllegalStateException naming the missing setting and the secret's fields the provider reads
     */
    static <T> T create(SettingsOwner provider, Map<String, String> environment, Supplier<SecretsManagerSecret> secret,
                        String help, Function<ProviderSettings, T> create) {
        boolean needsSecret = provider.settings().stream().anyMatch(DirectoryProvider.Setting::secret);
        Map<String, String> secretFields = needsSecret ? secret.get().values() : Map.of();
        try {
            return create.apply(ProviderSettings.fromEnvironmentAndSecret(provider, environment, secretFields));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage() + " (the credentials secret's fields for " + provider.name()
                    + ": " + provider.settings().stream().filter(DirectoryProvider.Setting::secret)
                    .map(DirectoryProvider.Setting::secretField).collect(Collectors.joining(", "))
                    + "); see " + help, e);
        }
    }
}
