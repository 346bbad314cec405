package io.rolecall.functions;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
        Map<String, Long> timings = new LinkedHashMap<>();
        Map<String, Object> result = switch (args[0]) {
            case "weekly" -> Lambda.coldStart(WeeklyReportHandler::new, Map.of("time", args[2]), timings);
            // The quarterly draws its trend charts: headless AWT and the bundled font, in the jar alone.
            case "quarterly" -> Lambda.coldStart(QuarterlyReportHandler::new, Map.of("time", args[2]), timings);
            default -> throw new IllegalArgumentException("mode must be weekly or quarterly, not " + args[0]);
        };
        Files.writeString(Path.of(args[1]), Lambda.resultLine(args[0], timings, result.get("status") + " "
                + result.get("report")));
    }
}
