package io.rolecall.connector.support;

import io.rolecall.core.catalogue.Delivery;
import io.rolecall.core.port.MessageChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;

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
        List<MessageChannel> channels = new ArrayList<>();
        for (ChannelProvider provider : used(delivery)) {
            ProviderSettings settings = settingsOf.apply(provider);
            if (unset(provider, settings).isEmpty()) {
                channels.add(provider.create(settings, delivery, maxWait, sleeper));
            }
        }
        return channels;
    }

    /** The settings of each channel roles.yaml uses that are not set, by the channel's name. */
    public static Map<String, List<String>> missing(Delivery delivery,
                                                    Function<ChannelProvider, ProviderSettings> settingsOf) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (ChannelProvider provider : used(delivery)) {
            List<String> unset = unset(provider, settingsOf.apply(provider));
            if (!unset.isEmpty()) {
                missing.put(provider.name(), unset);
            }
        }
        return missing;
    }

    private static List<ChannelProvider> used(Delivery delivery) {
        return all().stream().filter(provider -> delivery.channels().contains(provider.name())).toList();
    }

    /** The keys of a provider's secret settings that {@code settings} lacks. */
    private static List<String> unset(ChannelProvider provider, ProviderSettings settings) {
        return provider.settings().stream().filter(DirectoryProvider.Setting::secret)
                .map(DirectoryProvider.Setting::key).filter(key -> settings.optional(key).isEmpty()).toList();
    }

    /**
     * The channels roles.yaml uses, with their settings from the environment and, for secret settings
     * not there, the credentials secret's fields (the functions' way). The secret is read only when
     * roles.yaml uses a channel.
     */
    public static List<MessageChannel> create(Delivery delivery, Map<String, String> environment,
                                              Supplier<Map<String, String>> secretFields,
                                              Duration maxWait, Sleeper sleeper) {
        if (delivery.channels().isEmpty()) {
            return List.of();
        }
        Map<String, String> fields = secretFields.get();
        return create(delivery, provider -> ProviderSettings.fromEnvironmentAndSecret(provider, environment, fields),
                maxWait, sleeper);
    }
}
