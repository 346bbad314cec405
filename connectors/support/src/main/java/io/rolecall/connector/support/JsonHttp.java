package io.rolecall.connector.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * JSON over HTTPS as the HR sources need it, one read's requests at a time: each request is sent with
 * {@link PatientRequests} (429 and 503 wait what the server asks, in Retry-After or an
 * X-RateLimit-Reset time; other 5xx, network errors and a body cut short back off) and any other answer
 * fails the read with the vendor's own explanation of what to fix. Redirects are not followed: a
 * credential never travels to a host it was not meant for.
 */
public final class JsonHttp {

    /** A vendor's words for an answer that retrying will not fix: what the user should check. */
    @FunctionalInterface
    public interface Refusals {
        /**
         * @param detail the server's own message, already shortened, or empty
         * @return the explanation, or empty for the generic "HTTP code, detail"
         */
        Optional<String> explain(int status, String detail);
    }

    private final String service;
    private final HttpClient http;
    private final PatientRequests requests;
    private final Refusals refusals;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    JsonHttp(String service, HttpClient http, PatientRequests requests, Refusals refusals, Clock clock) {
        this.service = service;
        this.http = http;
        this.requests = requests;
        this.refusals = refusals;
        this.clock = clock;
    }

    /**
     * @param service  names the vendor in messages, for example "BambooHR"
     * @param maxWait  the most the whole read may wait on throttling and retries
     */
    public static JsonHttp create(String service, Duration maxWait, Sleeper sleeper, Refusals refusals) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NEVER).build();
        return new JsonHttp(service, http, new PatientRequests(service, 6, Duration.ofSeconds(1), maxWait, sleeper,
                new SecureRandom()), refusals, Clock.systemUTC());
    }

    public JsonNode get(String description, URI uri, String authorization) {
        return send(description, HttpRequest.newBuilder(uri).GET(), authorization, true);
    }

    public JsonNode post(String description, URI uri, String authorization, String contentType, String body) {
        return send(description, HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), authorization, true);
    }

    /**
     * A POST that creates something (a message, an issue): retried only when the server says it did not
     * take it (429, or 503, with their wait); after a server error, a timeout or a cut answer it may
     * have been stored, so it fails at once rather than risk a second one.
     */
    public JsonNode create(String description, URI uri, String authorization, String contentType, String body) {
        return send(description, HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), authorization, false);
    }

    /** Writes a request body; Jackson cannot fail on the maps and lists the sources build. */
    public String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits before the next request to stay within a vendor's published rate; charged to the read's budget. */
    public void pace(Duration delay, String description) {
        requests.waitForRateLimit(delay, description);
    }

    /** How many requests this read has made, retries included: the tests hold it to the vendors' limits. */
    public int requests() {
        return requests.requests();
    }

    private JsonNode send(String description, HttpRequest.Builder request, String authorization, boolean repeatable) {
        request.timeout(Duration.ofSeconds(120)).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpRequest built = request.build();
        return requests.send(description, () -> {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new Status(response.statusCode(), waitAsked(response), detail(response));
            }
            // A webhook may answer 202 with no body at all.
            return response.body() == null || response.body().isBlank() ? MissingNode.getInstance()
                    : json.readTree(response.body());
        }, failure -> {
            Failure classified = classify(failure);
            boolean notTaken = failure instanceof Status status && (status.code == 429 || status.code == 503);
            return repeatable || notTaken || !(classified instanceof Failure.Retry retry) ? classified
                    : Failure.fatal(retry.reason() + " (not repeated: it may have been stored)");
        });
    }

    private Duration waitAsked(HttpResponse<String> response) {
        Instant now = clock.instant();
        Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), now);
        if (retryAfter != null) {
            return retryAfter;
        }
        // HiBob and others give the time the window resets instead: epoch seconds, or seconds from now.
        return response.headers().firstValue("X-RateLimit-Reset").map(String::trim).filter(v -> v.matches("\\d{1,12}"))
                .map(Long::parseLong).map(reset -> reset > 1_000_000_000L
                        ? Duration.ofSeconds(Math.max(0, reset - now.getEpochSecond())) : Duration.ofSeconds(reset))
                .orElse(null);
    }

    /** The server's explanation, from a header some vendors use or the start of a short body. */
    private static String detail(HttpResponse<String> response) {
        String text = response.headers().firstValue("X-BambooHR-Error-Message")
                .orElse(response.body() == null ? "" : response.body()).strip().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private Failure classify(Exception e) {
        if (e instanceof Status status) {
            int code = status.code;
            if (code == 429 || code == 503) {
                return Failure.retry("HTTP " + code + " (throttled or busy)", status.waitAsked);
            }
            if (code >= 500) {
                return Failure.retry("HTTP " + code, null);
            }
            return Failure.fatal(refusals.explain(code, status.detail)
                    .orElse("HTTP " + code + (status.detail.isBlank() ? "" : ", " + status.detail)));
        }
        if (e instanceof JsonProcessingException) {
            return Failure.retry("a body cut short or malformed", null);
        }
        if (e instanceof IOException) {
            return Failure.retry("a network error: " + e.getMessage(), null);
        }
        return Failure.fatal(Failure.unexpected(e));
    }

    @Override
    public String toString() {
        return service;
    }

    /** An answer other than 2xx. */
    static final class Status extends Exception {
        final int code;
        final transient Duration waitAsked;
        final String detail;

        Status(int code, Duration waitAsked, String detail) {
            super("HTTP " + code);
            this.code = code;
            this.waitAsked = waitAsked;
            this.detail = detail;
        }
    }
}
