package io.rolecall.functions;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
        if (!"get".equals(args[0])) {
            throw new IllegalArgumentException("mode must be get, not " + args[0]);
        }
        String host = System.getenv("TEST_FUNCTION_URL_HOST");
        Map<String, Object> event = Map.of("version", "2.0", "rawPath", args[2], "headers",
                Map.of("host", host, "sec-fetch-site", "cross-site", "user-agent", "Mozilla/5.0"),
                "requestContext", Map.of("domainName", host, "http", Map.of("method", "GET", "path", args[2])),
                "isBase64Encoded", false);
        Map<String, Long> timings = new LinkedHashMap<>();
        Map<String, Object> response = Lambda.coldStart(AcknowledgeHandler::new, event, timings);
        // The outcome is the status, and "names the role" when the page names it.
        Files.writeString(Path.of(args[1]), Lambda.resultLine("get", timings, response.get("statusCode")
                + (String.valueOf(response.get("body")).contains("Top Management") ? " names the role" : "")));
    }
}
