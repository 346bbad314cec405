package io.rolecall.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Invokes a handler as Lambda would, with an event written as JSON, and reads its answer back; and
 * times a cold start. It uses nothing but the function jars' own classes, so that the cold-start
 * mains, which run on a jar alone, can take it along.
 */
final class Lambda {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set, a cold start runs the handlers' SnapStart priming after init, as Lambda does before its snapshot. */
    static final String SNAPSHOT = "ROLECALL_BENCH_SNAPSHOT";

    private Lambda() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> invoke(RequestStreamHandler handler, Object event, Context context) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, context);
            return JSON.readValue(out.toByteArray(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One cold start: the handler built as Lambda's init builds it; with {@link #SNAPSHOT} set, the
     * priming SnapStart runs before it takes the snapshot; then the first invocation. Without a
     * snapshot, Lambda's cold start is all of it; with one, a restored environment pays only for the
     * restore itself (which only AWS can measure) and the first invocation.
     *
     * @param timings filled with jvmStartToMainMs, initMs, primeMs, firstInvokeMs and totalMs
     */
    static Map<String, Object> coldStart(Supplier<? extends RequestStreamHandler> init, Object event,
                                         Map<String, Long> timings) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long main = System.currentTimeMillis();
        RequestStreamHandler handler = init.get();
        long initialised = System.currentTimeMillis();
        if (System.getenv(SNAPSHOT) != null) {
            // What Lambda's CRaC runtime calls before the snapshot; this JVM has no CRaC to call it.
            SnapStartPriming.registered().forEach(priming -> priming.beforeCheckpoint(null));
        }
        long primed = System.currentTimeMillis();
        Map<String, Object> response = invoke(handler, event, null);
        long done = System.currentTimeMillis();
        timings.put("jvmStartToMainMs", main - jvmStart);
        timings.put("initMs", initialised - main);
        timings.put("primeMs", primed - initialised);
        timings.put("firstInvokeMs", done - primed);
        timings.put("totalMs", done - jvmStart);
        return response;
    }

    /** One line of JSON: the mode, the timings and the outcome, for ColdStartLauncher to read. */
    static String resultLine(String mode, Map<String, Long> timings, String outcome) {
        StringBuilder line = new StringBuilder("{\"mode\": \"" + mode + "\"");
        timings.forEach((name, ms) -> line.append(String.format(Locale.ROOT, ", \"%s\": %d", name, ms)));
        return line.append(", \"outcome\": \"").append(outcome).append("\"}\n").toString();
    }
}
