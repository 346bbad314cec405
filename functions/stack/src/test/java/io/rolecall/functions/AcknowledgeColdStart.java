package io.rolecall.functions;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * One cold start of AcknowledgeFunction in a fresh JVM whose classpath is its shaded jar plus this
 * class: a holder opening their link. Arguments: "get", the file to write one JSON line of results
 * to, and the link's path (/ack/...). Writes the status and whether the page names the role.
 */
public final class AcknowledgeColdStart {

    private AcknowledgeColdStart() {
    }

    public static void main(String[] args) throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();
        if (!"get".equals(args[0])) {
            throw new IllegalArgumentException("mode must be get, not " + args[0]);
        }
        String host = System.getenv("TEST_FUNCTION_URL_HOST");
        Map<String, Object> event = Map.of("version", "2.0", "rawPath", args[2], "headers",
                Map.of("host", host, "sec-fetch-site", "cross-site", "user-agent", "Mozilla/5.0"),
                "requestContext", Map.of("domainName", host, "http", Map.of("method", "GET", "path", args[2])),
                "isBase64Encoded", false);
        Map<String, Object> response = Lambda.invoke(new AcknowledgeHandler(), event, null);
        long done = System.currentTimeMillis();
        Files.writeString(Path.of(args[1]), String.format(Locale.ROOT,
                "{\"mode\": \"get\", \"jvmStartToMainMs\": %d, \"mainToDoneMs\": %d, \"totalMs\": %d, "
                        + "\"outcome\": \"%s\", \"namesTheRole\": %s}%n", mainStart - jvmStart, done - mainStart,
                done - jvmStart, response.get("statusCode"),
                String.valueOf(response.get("body")).contains("Top Management")));
    }
}
