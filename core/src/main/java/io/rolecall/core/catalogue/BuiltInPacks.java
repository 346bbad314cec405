package io.rolecall.core.catalogue;

import io.rolecall.core.framework.FrameworkPack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The framework packs RoleCall ships, as YAML files of the same shape as an organisation's own, read
 * once per process: a new built-in framework is a file here and a line in {@link #IDS}, no code.
 */
public final class BuiltInPacks {

    /** Every built-in pack, in the order documentation lists them. */
    public static final List<String> IDS = List.of("iso27001", "soc2", "nis2", "dora", "hipaa", "pci-dss",
            "nist-csf", "gdpr", "iso27701", "iso42001");
    /** What RoleCall checks when roles.yaml names no framework. */
    public static final String DEFAULT = "iso27001";

    private static final Map<String, FrameworkPack> READ = new ConcurrentHashMap<>();

    private BuiltInPacks() {
    }

    /** A built-in pack by its id, or empty when none has it. */
    public static Optional<FrameworkPack> pack(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(READ.computeIfAbsent(id, key -> FrameworkPackYaml.read(text(key), "built-in pack " + key)));
    }

    /** The YAML of a built-in pack, as shipped. */
    public static String text(String id) {
        try (InputStream in = BuiltInPacks.class.getResourceAsStream("frameworks/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the built-in pack " + id + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a pack of the organisation's own; throws {@link InvalidCatalogueException} with every problem. */
    public static FrameworkPack read(String text, String source) {
        return FrameworkPackYaml.read(text, source);
    }
}
