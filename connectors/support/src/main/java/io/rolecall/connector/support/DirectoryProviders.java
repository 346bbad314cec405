package io.rolecall.connector.support;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The directory providers on the classpath, found through {@link ServiceLoader}. */
public final class DirectoryProviders {

    private DirectoryProviders() {
    }

    /** Every provider, by name. */
    public static List<DirectoryProvider> all() {
        return ServiceLoader.load(DirectoryProvider.class, DirectoryProviders.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(DirectoryProvider::name)).toList();
    }

    /** @throws IllegalArgumentException naming the providers there are, when none has that name */
    public static DirectoryProvider named(String name) {
        List<DirectoryProvider> all = all();
        return all.stream().filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a directory provider; use "
                        + all.stream().map(DirectoryProvider::name).collect(Collectors.joining(", "))));
    }
}
