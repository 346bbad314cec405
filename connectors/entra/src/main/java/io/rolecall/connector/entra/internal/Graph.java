package io.rolecall.connector.entra.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.connector.support.Failure;
import io.rolecall.connector.support.Paging;
import io.rolecall.connector.support.PatientRequests;
import io.rolecall.connector.support.RetryAfter;
import io.rolecall.core.port.DirectoryReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Microsoft Graph over plain HTTP: GET with the app's token, JSON read with Jackson, every request
 * retried within the read's budget (429 and 503/504 after their Retry-After, other 5xx and network
 * errors with backoff, a malformed page once more then fatal), listings followed through
 * {@code @odata.nextLink} exactly as Graph gives it, and only to Graph itself: the token is never
 * sent to another host.
 */
public final class Graph {

    private static final String SERVICE = "Microsoft Graph";

    private final HttpClient http;
    private final GraphTokens tokens;
    private final PatientRequests requests;
    private final ObjectMapper json;
    private final String root;
    private final Clock clock;
    private int pages;

    public Graph(HttpClient http, GraphTokens tokens, PatientRequests requests, ObjectMapper json, URI root,
                 Clock clock) {
        this.http = http;
        this.tokens = tokens;
        this.requests = requests;
        this.json = json;
        this.root = root.toString();
        this.clock = clock;
    }

    /** One page of a listing: its items, bound as they were read, and the link to the next page. */
    record Page<T>(List<T> items, String nextLink) {
    }

    /**
     * Hands every item of a listing to {@code each}, page after page. A page is handed over only once
     * it has been read whole, so a page asked for again after a failure never hands anything twice.
     *
     * @param path from the root, for example {@code /v1.0/users?$select=id}
     */
    public <T> void list(String path, String listing, Class<T> type, Function<T, String> idOf, Consumer<T> each) {
        Paging paging = new Paging(SERVICE, listing, 100);
        Set<String> seen = new HashSet<>();
        String next = root + path;
        while (next != null) {
            String url = next;
            Page<T> page = page(url, listing + " (page " + (paging.pages() + 1) + ")", type)
                    .orElseThrow(() -> new DirectoryReadException(SERVICE + " answered 404 Not Found to " + listing
                            + (url.equals(root + path) ? "" : " at a next-page link it had given itself") + "; nothing "
                            + "was scanned. Try again; if it persists, report it."));
            int fresh = 0;
            for (T item : page.items()) {
                fresh += seen.add(idOf.apply(item)) ? 1 : 0;
                each.accept(item);
            }
            String candidate = page.nextLink();
            if (candidate != null && !candidate.startsWith(root + "/")) {
                throw new DirectoryReadException(SERVICE + " gave a next-page link outside " + root + " for " + listing
                        + "; RoleCall does not send its token anywhere else, so the read stopped and nothing was "
                        + "scanned. If Graph is reached through a proxy, set its address as the Graph root.");
            }
            next = paging.next(page.items().size(), fresh, candidate) ? candidate : null;
        }
    }

    /** One object; empty when Graph answers 404 (a group id that does not exist). */
    public <T> Optional<T> object(String url, String description, Class<T> type) {
        return fetch(url, description, body -> json.readValue(body, type));
    }

    private <T> Optional<Page<T>> page(String url, String description, Class<T> type) {
        return fetch(url, description, body -> readPage(body, type));
    }

    /** Streams the page: each item of "value" is bound on its own, no tree of the whole page is built. */
    private <T> Page<T> readPage(InputStream body, Class<T> type) throws IOException {
        List<T> items = new ArrayList<>();
        String next = null;
        boolean sawValue = false;
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "a page is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("value".equals(field) && value == JsonToken.START_ARRAY) {
                    sawValue = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        items.add(json.readValue(parser, type));
                    }
                } else if ("@odata.nextLink".equals(field)) {
                    next = value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new JsonParseException(parser, "a page ends before its closing brace");
            }
        }
        if (!sawValue) {
            throw new JsonParseException(null, "a page without a 'value' list");
        }
        return new Page<>(items, next);
    }

    private interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    private <T> Optional<T> fetch(String url, String description, BodyReader<T> reader) {
        return requests.send(description, () -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens.accessToken())
                    .header("Accept", "application/json").build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 404) {
                    return Optional.<T>empty();
                }
                if (status != 200) {
                    throw new GraphStatus(status, response.headers().firstValue("Retry-After").orElse(null),
                            errorOf(body));
                }
                T read = reader.read(body);
                // Read to the end, or the connection cannot be reused and the next request pays a TLS handshake.
                body.transferTo(OutputStream.nullOutputStream());
                pages++;
                return Optional.of(read);
            }
        }, this::classify);
    }

    public int pages() {
        return pages;
    }

    /** Graph's error body: {"error": {"code": "...", "message": "..."}}. */
    private String errorOf(InputStream body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            String text = (error.path("code").asText("") + ": " + error.path("message").asText("")).trim();
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        } catch (IOException | RuntimeException notJson) {
            return "no error detail";
        }
    }

    private Failure classify(Exception e) {
        if (e instanceof GraphTokens.TokenRefused refused) {
            return Failure.fatal("Entra ID refused RoleCall's credentials (HTTP " + refused.status() + ", "
                    + refused.error() + ": " + refused.getMessage() + "). Check the tenant, ENTRA_CLIENT_ID and the "
                    + "certificate or secret of the app registration, and that it has not expired.");
        }
        if (e instanceof GraphStatus status) {
            int code = status.status;
            if (code == 429 || code == 503 || code == 504) {
                return Failure.retry("HTTP " + code + (code == 429 ? " (throttled)" : " (service busy)"),
                        RetryAfter.parse(status.retryAfter, clock.instant()));
            }
            if (code >= 500) {
                return Failure.retry("HTTP " + code, null);
            }
            if (code == 401) {
                return Failure.fatal("Graph rejected the app's token (HTTP 401, " + status.detail + "). Check that the "
                        + "tenant given is the app registration's own.");
            }
            if (code == 403) {
                return Failure.fatal("Graph denied access (HTTP 403, " + status.detail + "). Grant the app registration "
                        + "the application permissions User.Read.All, GroupMember.Read.All and "
                        + "User-LifeCycleInfo.Read.All, with admin consent.");
            }
            return Failure.fatal("HTTP " + code + ", " + status.detail);
        }
        if (e instanceof JsonProcessingException malformed) {
            return Failure.retry("a page cut short or malformed (" + malformed.getOriginalMessage() + ")", null);
        }
        if (e instanceof IOException) {
            return Failure.retry("a network error: " + e.getMessage(), null);
        }
        if (e instanceof GraphTokens.TokenUnavailable unavailable) {
            return Failure.retry("the sign-in service giving no token (" + unavailable.getMessage() + ")", null);
        }
        return Failure.fatal(Failure.unexpected(e));
    }

    /** A Graph answer other than 200 or 404. */
    static final class GraphStatus extends Exception {
        final int status;
        final String retryAfter;
        final String detail;

        GraphStatus(int status, String retryAfter, String detail) {
            super("HTTP " + status + ": " + detail);
            this.status = status;
            this.retryAfter = retryAfter;
            this.detail = detail;
        }
    }
}
