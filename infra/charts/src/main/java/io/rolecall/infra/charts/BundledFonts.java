package io.rolecall.infra.charts;

import java.io.InputStream;

/** The open-licence fonts RoleCall ships, so that charts and PDFs look the same on every machine. */
public final class BundledFonts {

    public static final String FAMILY = "DejaVu Sans";

    private BundledFonts() {
    }

    public static InputStream regular() {
        return open("DejaVuSans.ttf");
    }

    public static InputStream bold() {
        return open("DejaVuSans-Bold.ttf");
    }

    static InputStream open(String name) {
        InputStream in = BundledFonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the font " + name + " is missing from the RoleCall build");
        }
        return in;
    }
}
