package io.rolecall.core.usecase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of RoleCall's engine runs: its version and the time it was built, as Maven wrote them.
 * Every scan records it, so that an auditor can tell which build produced a finding, and so that a
 * scan can trust an earlier result only when the same build computed it.
 */
public final class EngineBuild {

    private static final String CURRENT = load();

    private EngineBuild() {
    }

    /** For example "0.1.0 built 2026-11-29T21:40:12Z". */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = EngineBuild.class.getResourceAsStream("/io/rolecall/core/engine.properties")) {
            if (in == null) {
                throw new IllegalStateException("io/rolecall/core/engine.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version") + " built " + properties.getProperty("built");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/rolecall/core/engine.properties", e);
        }
    }
}
