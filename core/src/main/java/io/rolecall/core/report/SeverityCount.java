package io.rolecall.core.report;

/** A count of open findings of one severity. */
public record SeverityCount(String severity, int count) {

    public String color() {
        return colorOf(severity);
    }

    static String colorOf(String severity) {
        return switch (severity) {
            case "CRITICAL" -> "#b91c1c";
            case "HIGH" -> "#c2410c";
            case "MEDIUM" -> "#a16207";
            default -> "#4b5563";
        };
    }
}
