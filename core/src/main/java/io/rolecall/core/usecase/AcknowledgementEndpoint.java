package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.AcknowledgementPage;
import io.rolecall.core.acknowledge.AcknowledgementRenderer;
import io.rolecall.core.acknowledge.FormPost;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acceptance pages as HTTP, once for every edge: {@code rolecall serve} and the Lambda function
 * URL only turn their requests into a {@link Request} and a {@link Response} back. It routes
 * {@code /ack/{token}}, answers GET and HEAD with the page and POST with the form's result, refuses
 * bodies that are not a small form, and sends every page with headers that load nothing from
 * elsewhere, leak no link to other sites, and keep pages out of frames and caches.
 */
public final class AcknowledgementEndpoint {

    /** The form carries five answers, a consent and a token: 16 KB is far more than it needs. */
    public static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Pattern ROUTE = Pattern.compile("/ack/([A-Za-z0-9_-]{1,1024})/?");
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Type", "text/html; charset=utf-8");

    private final AcknowledgementPages pages;
    private final AcknowledgementRenderer renderer = new AcknowledgementRenderer();

    public AcknowledgementEndpoint(AcknowledgementPages pages) {
        this.pages = pages;
    }

    /** @param headers the request's headers, names in lower case */
    public record Request(String method, String path, Map<String, String> headers, byte[] body) {
        public Request {
            headers = Map.copyOf(headers);
            body = body == null ? new byte[0] : body;
        }
    }

    /**
     * @param failure what went wrong when the page could not be shown or the answer not kept (the page then
     *                says so): for the edge to log, never to show; null otherwise
     */
    public record Response(int status, Map<String, String> headers, String body, RuntimeException failure) {

        public Response(int status, Map<String, String> headers, String body) {
            this(status, headers, body, null);
        }
    }

    /**
     * The response to one request. When the store fails (a full disk, a state that cannot be written),
     * the holder is told plainly that their answer was not kept and to send it again, rather than
     * shown an empty error: an acceptance lost unseen is evidence lost.
     */
    public Response handle(Request request) {
        try {
            return route(request);
        } catch (RuntimeException e) {
            boolean post = "POST".equalsIgnoreCase(request.method());
            Response shown = page(post ? AcknowledgementPage.problem(500, "Not recorded", "Your answer was NOT "
                    + "recorded: RoleCall could not keep it just now. Go back, and send the form again in a few "
                    + "minutes; if it fails again, tell your compliance manager.")
                    : AcknowledgementPage.problem(500, "Not available", "RoleCall could not show this page just "
                    + "now. Try the link again in a few minutes; if it fails again, tell your compliance manager."),
                    request);
            return new Response(500, shown.headers(), shown.body(), e);
        }
    }

    private Response route(Request request) {
        Matcher route = ROUTE.matcher(request.path() == null ? "" : request.path());
        if (!route.matches()) {
            return page(AcknowledgementPage.problem(404, "Not found", "There is no page here. Open the link from "
                    + "your RoleCall notice email exactly as it came."), request);
        }
        String token = route.group(1);
        String method = request.method().toUpperCase(Locale.ROOT);
        switch (method) {
            case "GET", "HEAD" -> {
                return page(pages.show(token), request);
            }
            case "POST" -> {
                String type = request.headers().getOrDefault("content-type", "");
                if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    return page(AcknowledgementPage.problem(415, "Not accepted", "Only the page's own form can be "
                            + "sent here."), request);
                }
                if (request.body().length > MAX_BODY_BYTES) {
                    return page(AcknowledgementPage.problem(413, "Not accepted", "The form sent is too large."),
                            request);
                }
                Map<String, List<String>> fields = formFields(request.body());
                if (fields == null) {
                    return page(AcknowledgementPage.problem(400, "Not accepted", "The form sent could not be read."),
                            request);
                }
                return page(pages.submit(token, new FormPost(fields, request.headers().get("origin"),
                        request.headers().get("sec-fetch-site"), request.headers().get("user-agent"))), request);
            }
            default -> {
                Response refused = page(AcknowledgementPage.problem(405, "Not allowed", "This page only shows and "
                        + "accepts its form."), request);
                Map<String, String> headers = new LinkedHashMap<>(refused.headers());
                headers.put("Allow", "GET, HEAD, POST");
                return new Response(405, headers, refused.body());
            }
        }
    }

    private Response page(AcknowledgementPage page, Request request) {
        String body = "HEAD".equalsIgnoreCase(request.method()) ? "" : renderer.render(page);
        return new Response(page.status(), SECURITY_HEADERS, body);
    }

    /** {@code a=1&b=x+y%C3%A9}, as UTF-8; null when it is malformed. */
    static Map<String, List<String>> formFields(byte[] body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.US_ASCII);
        if (text.isEmpty()) {
            return fields;
        }
        for (String pair : text.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = decode(equals < 0 ? "" : pair.substring(equals + 1));
            if (name == null || value == null) {
                return null;
            }
            fields.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        }
        return fields;
    }

    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x20 || c > 0x7e) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
