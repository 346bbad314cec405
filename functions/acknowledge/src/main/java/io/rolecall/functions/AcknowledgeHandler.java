package io.rolecall.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.rolecall.core.usecase.AcknowledgementEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * AcknowledgeFunction, behind a Lambda function URL (payload format 2.0): turns the request into an
 * {@link AcknowledgementEndpoint.Request} and the page back into a response. It logs the method and
 * the status only: a link is a credential, and a page names a person.
 */
public final class AcknowledgeHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(AcknowledgeHandler.class);

    /** Built once per execution environment, on the first invocation's init. */
    private static final class Holder {
        private static final AcknowledgeWiring WIRING = AcknowledgeWiring.fromEnvironment();
    }

    private final AcknowledgeWiring wiring;

    public AcknowledgeHandler() {
        this(Holder.WIRING);
    }

    AcknowledgeHandler(AcknowledgeWiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        MDC.put("requestId", context == null ? "local" : context.getAwsRequestId());
        MDC.put("function", "acknowledge");
        try {
            Map<String, Object> requestContext = map(event.get("requestContext"));
            String method = String.valueOf(map(requestContext.get("http")).getOrDefault("method", "GET"));
            Map<String, String> headers = new LinkedHashMap<>();
            map(event.get("headers")).forEach((name, value) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.valueOf(value)));
            String body = event.get("body") == null ? "" : String.valueOf(event.get("body"));
            byte[] bytes = Boolean.TRUE.equals(event.get("isBase64Encoded"))
                    ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
            AcknowledgementEndpoint.Response response = wiring.endpoint(String.valueOf(requestContext.get("domainName")))
                    .handle(new AcknowledgementEndpoint.Request(method, String.valueOf(event.get("rawPath")), headers,
                            bytes));
            LOG.atInfo().addKeyValue("method", method).addKeyValue("status", response.status()).log("page served");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("statusCode", response.status());
            result.put("headers", response.headers());
            result.put("body", response.body());
            result.put("isBase64Encoded", false);
            return result;
        } catch (RuntimeException e) {
            LOG.atError().addKeyValue("error", e.getClass().getSimpleName()).log("page failed: {}", e.getMessage());
            return Map.of("statusCode", 500, "headers", Map.of("Content-Type", "text/plain; charset=utf-8",
                    "Cache-Control", "no-store"), "body", "RoleCall could not show this page; try again in a minute.",
                    "isBase64Encoded", false);
        } finally {
            MDC.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
