package io.rolecall.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A handler of typed events: the invocation's JSON is read into {@code E} and {@code R} written back,
 * both with RoleCall's own Jackson mapper. The runtime's built-in serializer is not used: its
 * handling of records and of names such as {@code isBase64Encoded} is its own, and could not be
 * tested here; this one is, on the recorded events of each module's tests.
 *
 * @param <E> the event, a record that ignores the fields it does not name
 * @param <R> what the invocation returns
 */
public abstract class TypedHandler<E, R> implements RequestStreamHandler {

    /** Events name far more than a handler reads; absent values stay out of what it returns. */
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private final Class<E> eventType;

    protected TypedHandler(Class<E> eventType) {
        this.eventType = eventType;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JSON.writeValue(output, handle(read(input.readAllBytes()), context));
    }

    /** What one invocation does with its event; {@code context} is null when run outside Lambda. */
    public abstract R handle(E event, Context context);

    /** An invocation without a payload counts as {@code {}}. */
    E read(byte[] json) {
        try {
            return JSON.readValue(json.length == 0 ? "{}".getBytes() : json, eventType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the invocation's payload is not the JSON this function takes ("
                    + e.getOriginalMessage() + "); invoke it with a JSON object such as {}", e);
        } catch (IOException e) {
            throw new IllegalStateException("the invocation's payload could not be read", e);
        }
    }

    /** Reads and writes once, so that a snapshot taken after it holds Jackson's classes loaded and warm. */
    static void primeJson(Object sample) {
        try {
            JSON.readTree(JSON.writeValueAsBytes(sample));
        } catch (IOException e) {
            throw new IllegalStateException("priming the JSON mapper failed", e);
        }
    }

    static String requestId(Context context) {
        return context == null ? "local" : context.getAwsRequestId();
    }
}
