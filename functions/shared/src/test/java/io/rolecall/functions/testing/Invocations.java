package io.rolecall.functions.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Invokes a handler as Lambda does, with the bytes of an event, and reads back what it wrote. */
public final class Invocations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Invocations() {
    }

    /** A recorded event from the test resources' {@code events/} folder. */
    public static String event(String name) {
        try (InputStream in = Invocations.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded event events/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the handler wrote for {@code event}. */
    public static String invoke(RequestStreamHandler handler, String event, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the handler returned for {@code event}, as a map of its JSON. */
    public static Map<String, Object> invokeForMap(RequestStreamHandler handler, String event, Context context) {
        try {
            return JSON.readValue(invoke(handler, event, context), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} as JSON: for events built in a test. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
