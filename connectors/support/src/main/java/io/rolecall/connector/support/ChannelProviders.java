package io.rolecall.connector.support;

import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.port.MessageChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The channels beside email on the classpath, found through {@link ServiceLoader}, and the ones roles.yaml's
 * {@code delivery:} uses made from their settings: the CLI's environment, or the scan and report
 * functions' environment and credentials secret.
 */
public final class ChannelProviders {

    private ChannelProviders() {
    }

    /** Every channel provider, by name. */
    public static List<ChannelProvider> all() {
        return ServiceLoader.load(ChannelProvider.class, ChannelProviders.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(ChannelProvider::name)).toList();
    }

    /**
     * The channels roles.yaml uses whose secret settings are all set, each from its settings; the others
     * are left out (see {@link #missing}), and a run of deliveries reports them as not set up.
     *
     * @param settingsOf each provider's settings (from the environment, or with the credentials secret)
     * @throws IllegalArgumentException naming a setting that is wrong, never a secret's value
     */
    public static List<MessageChannel> create(Delivery delivery, Function<ChannelProvider, ProviderSettings> settingsOf,
                                              Duration maxWait, Sleeper sleeper) {
        Map<String, List<String>> missing = missing(delivery, settingsOf);
        List<MessageChannel> channels = new ArrayList<>();
        for (ChannelProvider provider : all()) {
            if (delivery.channels().contains(provider.name()) && !missing.containsKey(provider.name())) {
                channels.add(provider.create(settingsOf.apply(provider), delivery, maxWait, sleeper));
            }
        }
        return channels;
    }

    /** The settings of each channel roles.yaml uses that are not set, by the channel's name. */
    public static Map<String, List<String>> missing(Delivery delivery,
                                                    Function<ChannelProvider, ProviderSettings> settingsOf) {
        Map<String, List<String>> missing = new java.util.LinkedHashMap<>();
        for (ChannelProvider provider : all()) {
            if (delivery.channels().contains(provider.name())) {
                ProviderSettings settings = settingsOf.apply(provider);
                List<String> unset = provider.settings().stream().filter(DirectoryProvider.Setting::secret)
                        .map(DirectoryProvider.Setting::key).filter(key -> settings.optional(key).isEmpty()).toList();
                if (!unset.isEmpty()) {
                    missing.put(provider.name(), unset);
                }
            }
        }
        return missing;
    }

    /**
     * The channels roles.yaml uses, with their settings from the environment and, for secret settings
     * not there, the credentials secret's fields (the functions' way). The secret is read only when
     * roles.yaml uses a channel.
     */
    public static List<MessageChannel> create(Delivery delivery, Map<String, String> environment,
                                              java.util.function.Supplier<Map<String, String>> secretFields,
                                              Duration maxWait, Sleeper sleeper) {
        if (delivery.channels().isEmpty()) {
            return List.of();
        }
        Map<String, String> fields = secretFields.get();
        return create(delivery, provider -> ProviderSettings.fromEnvironmentAndSecret(provider, environment, fields),
                maxWait, sleeper);
    }
}
