package io.rolecall.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Invokes a handler as Lambda would, with an event written as JSON, and reads its answer back. It
 * uses nothing but the function jars' own classes, so that the cold-start mains, which run on a
 * jar alone, can take it along.
 */
final class Lambda {

    private static final ObjectMapper JSON = new ObjectMapper();

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
}
