package io.rolecall.core.model;

import java.util.Locale;

/**
 * Most severe first: the natural order is the order reports list findings in. Each has one colour,
 * darkest red to grey, that every report and chart uses for it; each reads at 4.5:1 or more on white.
 */
public enum Severity {
    CRITICAL("#7f1d1d"), HIGH("#b91c1c"), MEDIUM("#b45309"), LOW("#4b5563");

    private final String color;

    Severity(String color) {
        this.color = color;
    }

    /** The colour as CSS writes it, "#7f1d1d". */
    public String color() {
        return color;
    }

    /** "Critical", as a heading or a legend says it. */
    public String word() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
