package io.rolecall.core.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The ISO/IEC 27001:2022 role catalogue that {@code rolecall init} writes, ready to fill in. */
public final class StarterCatalogue {

    private static final String RESOURCE = "starter-roles.yaml";
    private static final String PLACEHOLDER = "__ORGANISATION__";

    private StarterCatalogue() {
    }

    public static String yaml(String organisation) {
        try (InputStream in = StarterCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the RoleCall build");
            }
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return template.replace(PLACEHOLDER, quoted(organisation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the starter catalogue and throws it away, so that the parser's classes are loaded and its
     * code compiled before a process parses its own roles.yaml: the scan function does it before its
     * snapshot.
     */
    public static void exerciseParser() {
        new CatalogueSource("starter roles.yaml", yaml("Warm-up Ltd")).parse();
    }

    /** A YAML double-quoted scalar, so that names with ':' or '#' stay one value. */
    private static String quoted(String text) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ").trim();
        return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
