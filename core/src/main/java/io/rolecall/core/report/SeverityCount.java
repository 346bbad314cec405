package io.rolecall.core.report;

/** A count of open findings of one severity. */
public record SeverityCount(String severity, int count) {

    public String color() {
        return colorOf(severity);
    }

    static String colorOf(String severity) {
        return io.rolecall.core.model.Severity.valueOf(severity).color();
    }
}
