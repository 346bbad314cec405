package io.rolecall.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.usecase.AcknowledgementEndpoint;
import io.rolecall.core.usecase.AcknowledgementPages;
import io.rolecall.infra.local.LocalStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The acceptance pages over the JDK's HTTP server, from a local state: one thread per connection
 * (cut after {@link #REQUEST_SECONDS} when a client trickles its request), at most
 * {@link #MAX_CONNECTIONS} at once. It only translates requests for {@link AcknowledgementEndpoint}.
 */
final class AcknowledgementServer implements AutoCloseable {

    static final String REQUEST_SECONDS = "20";
    static final String MAX_CONNECTIONS = "400";

    private final HttpServer server;
    private final ExecutorService executor;
    private final LocalStorage storage;

    private AcknowledgementServer(HttpServer server, ExecutorService executor, LocalStorage storage) {
        this.server = server;
        this.executor = executor;
        this.storage = storage;
    }

    /** @param storage opened for recording; closed with the server */
    static AcknowledgementServer start(LocalStorage storage, Path state, PublicUrl publicUrl, String bind, int port) {
        AcknowledgementEndpoint endpoint = new AcknowledgementEndpoint(new AcknowledgementPages(storage.storage(),
                LinkSigner.fromSecret(LocalStorage.linkSecret(state)), publicUrl, Clock.systemUTC()));
        // Read by the JDK server when it first starts: a client that trickles its request is cut off.
        System.setProperty("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
        System.setProperty("sun.net.httpserver.maxRspTime", REQUEST_SECONDS);
        System.setProperty("sun.net.httpserver.maxConnections", MAX_CONNECTIONS);
        // Without it, a response's headers and body wait out the client's delayed ACK: 40 ms each.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 512);
        } catch (IOException e) {
            storage.close();
            throw new InvalidInputException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another --port or --bind");
        }
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "rolecall-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", exchange -> answer(endpoint, exchange));
        server.setExecutor(executor);
        server.start();
        return new AcknowledgementServer(server, executor, storage);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        storage.close();
    }

    private static void answer(AcknowledgementEndpoint endpoint, HttpExchange exchange) throws IOException {
        try {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!values.isEmpty()) {
                    headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
                }
            });
            byte[] body = readBody(exchange.getRequestBody());
            AcknowledgementEndpoint.Response response = endpoint.handle(new AcknowledgementEndpoint.Request(
                    exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, body));
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().put(name, List.of(value)));
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.status(), head || bytes.length == 0 ? -1 : bytes.length);
            if (!head && bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (RuntimeException e) {
            // A plain error: the page of a link never shows a stack trace, nor the link in a log.
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }

    /** At most one byte past the endpoint's limit: enough for it to refuse a larger body. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(AcknowledgementEndpoint.MAX_BODY_BYTES + 1);
        in.close();
        return body;
    }
}
