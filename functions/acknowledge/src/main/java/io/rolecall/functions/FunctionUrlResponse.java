package io.rolecall.functions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** What the function URL sends back (payload format 2.0). */
public record FunctionUrlResponse(int statusCode, Map<String, String> headers, String body,
                                  @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {
}
