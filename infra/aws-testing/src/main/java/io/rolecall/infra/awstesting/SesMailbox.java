package io.rolecall.infra.awstesting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What the SES emulator received: aws-ses-v2-local lists every email at GET /store and empties the
 * store at POST /clear-store; LocalStack lists them at GET /_aws/ses.
 */
public final class SesMailbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SesMailbox() {
    }

    /** One received email: its sender, recipients, subject, bodies and attachment file names. */
    public record Received(String from, List<String> to, String subject, String html, String text,
                           List<String> attachments) {
    }

    public static List<Received> all() {
        URI base = Emulators.endpoint("SESV2");
        JsonNode store = get(base.resolve(Emulators.localStack() ? "/_aws/ses" : "/store"));
        List<Received> emails = new ArrayList<>();
        for (JsonNode email : store.path(Emulators.localStack() ? "messages" : "emails")) {
            List<String> to = new ArrayList<>();
            JsonNode recipients = email.has("destination") ? email.path("destination").path("to") : email.path("to");
            // Simple emails list one address per element; raw ones may carry a whole "To:" header in one.
            List<String> values = new ArrayList<>();
            if (recipients.isArray()) {
                recipients.forEach(r -> values.add(r.asText()));
            } else if (!recipients.isMissingNode()) {
                values.add(recipients.asText());
            }
            for (String value : values) {
                for (String address : value.split(",")) {
                    if (!address.isBlank()) {
                        to.add(address.trim());
                    }
                }
            }
            JsonNode body = email.has("body") ? email.path("body") : email;
            List<String> attachments = new ArrayList<>();
            email.path("attachments").forEach(a -> attachments.add(a.path("filename").asText()));
            emails.add(new Received(email.path("from").asText(email.path("Source").asText()), to,
                    email.path("subject").asText(email.path("Subject").asText()), body.path("html").asText(null),
                    body.path("text").asText(null), attachments));
        }
        return emails;
    }

    public static void clear() {
        if (Emulators.localStack()) {
            send(HttpRequest.newBuilder(Emulators.endpoint("SESV2").resolve("/_aws/ses")).DELETE().build());
        } else {
            send(HttpRequest.newBuilder(Emulators.endpoint("SESV2").resolve("/clear-store"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
        }
    }

    private static JsonNode get(URI uri) {
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(uri).GET().build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
