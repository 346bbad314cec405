package io.rolecall.functions;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * One cold start of WeeklyReportFunction or QuarterlyReportFunction in a fresh JVM whose classpath is the report functions'
 * shaded jar plus this class, so that the jar is proven to run with no connector in it. Arguments:
 * "weekly" or "quarterly", the file to write one JSON line of results to, and the scheduled time.
 */
public final class ReportColdStart {

    private ReportColdStart() {
    }

    public static void main(String[] args) throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();
        Map<String, Object> result = switch (args[0]) {
            case "weekly" -> Lambda.invoke(new WeeklyReportHandler(), Map.of("time", args[2]), null);
            // The quarterly draws its trend charts: headless AWT and the bundled font, in the jar alone.
            case "quarterly" -> Lambda.invoke(new QuarterlyReportHandler(), Map.of("time", args[2]), null);
            default -> throw new IllegalArgumentException("mode must be weekly or quarterly, not " + args[0]);
        };
        long done = System.currentTimeMillis();
        Files.writeString(Path.of(args[1]), String.format(Locale.ROOT,
                "{\"mode\": \"" + args[0] + "\", \"jvmStartToMainMs\": %d, \"mainToDoneMs\": %d, \"totalMs\": %d, "
                        + "\"outcome\": \"%s %s\"}%n", mainStart - jvmStart, done - mainStart, done - jvmStart,
                result.get("status"), result.get("report")));
    }
}
