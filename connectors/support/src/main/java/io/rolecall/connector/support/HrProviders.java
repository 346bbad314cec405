package io.rolecall.connector.support;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The HR providers on the classpath, found through {@link ServiceLoader}. */
public final class HrProviders {

    private HrProviders() {
    }

    /** Every provider, by name. */
    public static List<HrProvider> all() {
        return ServiceLoader.load(HrProvider.class, HrProviders.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(HrProvider::name)).toList();
    }

    /** @throws IllegalArgumentException naming the providers there are, when none has that name */
    public static HrProvider named(String name) {
        List<HrProvider> all = all();
        return all.stream().filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not an HR source; use "
                        + all.stream().map(HrProvider::name).collect(Collectors.joining(", "))));
    }
}
