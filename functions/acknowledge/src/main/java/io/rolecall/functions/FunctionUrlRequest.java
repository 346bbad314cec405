package io.rolecall.functions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request to the function URL (payload format 2.0), as far as the pages read it.
 *
 * @param headers         as Lambda gives them, names in lower case
 * @param body            the body, Base64 when {@code isBase64Encoded}
 */
public record FunctionUrlRequest(String rawPath, Map<String, String> headers, RequestContext requestContext,
                                 String body, boolean isBase64Encoded) {

    /** @param domainName the host the function URL was reached at */
    public record RequestContext(String domainName, Http http) {
    }

    public record Http(String method) {
    }

    public String method() {
        return requestContext == null || requestContext.http() == null || requestContext.http().method() == null
                ? "GET" : requestContext.http().method();
    }

    public String domainName() {
        return requestContext == null ? null : requestContext.domainName();
    }

    /** Header names in lower case, whatever the caller sent. */
    public Map<String, String> lowerCaseHeaders() {
        Map<String, String> lower = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        }
        return lower;
    }

    public byte[] bodyBytes() {
        if (body == null) {
            return new byte[0];
        }
        return isBase64Encoded ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }
}
