package io.rolecall.core.report;

/** Small wording helpers for email subjects. */
public final class Subjects {

    private Subjects() {
    }

    /** A subject line must be one line: directory and YAML text may carry line breaks. */
    public static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").trim();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
