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
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The acceptance pages over the JDK's HTTP server, from a local state. It only translates requests
 * for {@link AcknowledgementEndpoint}.
 *
 * <p>The JDK server reads each request on a thread of its executor, so a client that opens a
 * connection and trickles its request holds a thread until {@link #REQUEST_SECONDS} cut it off. The
 * executor is bounded: at most {@link #MAX_CONCURRENT_REQUESTS} requests are served at once, and a
 * connection that would need one more thread is closed at once (the JDK server closes a connection
 * its executor refuses). Java 17's server has no connection limit of its own
 * ({@code sun.net.httpserver.maxConnections} came in Java 19), so this is what bounds a flood.
 * Connections not yet accepted wait in a backlog of {@link #ACCEPT_BACKLOG}; idle kept-alive ones
 * hold no thread, and the JDK closes them after 30 seconds.
 */
final class AcknowledgementServer implements AutoCloseable {

    static final String REQUEST_SECONDS = "20";
    static final int MAX_CONCURRENT_REQUESTS = 400;
    static final int ACCEPT_BACKLOG = 128;

    private final HttpServer server;
    private final ExecutorService executor;
    private final LocalStorage storage;
    private final AcknowledgementPages pages;

    private AcknowledgementServer(HttpServer server, ExecutorService executor, LocalStorage storage,
                                  AcknowledgementPages pages) {
        this.server = server;
        this.executor = executor;
        this.storage = storage;
        this.pages = pages;
    }

    /**
     * @param storage opened for recording; closed with the server
     * @param log     where a page that failed is reported, one line each, without the link
     */
    static AcknowledgementServer start(LocalStorage storage, Path state, PublicUrl publicUrl, String bind, int port,
                                       PrintWriter log) {
        return start(storage, state, publicUrl, bind, port, log, MAX_CONCURRENT_REQUESTS);
    }

    static AcknowledgementServer start(LocalStorage storage, Path state, PublicUrl publicUrl, String bind, int port,
                                       PrintWriter log, int maxConcurrentRequests) {
        AcknowledgementPages pages = new AcknowledgementPages(storage.storage(),
                LinkSigner.fromSecret(LocalStorage.linkSecret(state)), publicUrl, Clock.systemUTC());
        AcknowledgementEndpoint endpoint = new AcknowledgementEndpoint(pages);
        // Read by the JDK server when it first starts: a client that trickles its request is cut off.
        System.setProperty("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
        System.setProperty("sun.net.httpserver.maxRspTime", REQUEST_SECONDS);
        // Without it, a response's headers and body wait out the client's delayed ACK: 40 ms each.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), ACCEPT_BACKLOG);
        } catch (IOException e) {
            storage.close();
            throw new InvalidInputException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another --port or --bind");
        }
        // No queue: a request that finds every thread busy is refused, and its connection closed.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(0, maxConcurrentRequests, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "rolecall-serve");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        server.createContext("/", exchange -> answer(endpoint, exchange, log));
        server.setExecutor(executor);
        server.start();
        return new AcknowledgementServer(server, executor, storage, pages);
    }

    /** Wrong answers refused over the hourly limit since the server started. */
    long attemptsRefused() {
        return pages.attemptsRefused();
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

    private static void answer(AcknowledgementEndpoint endpoint, HttpExchange exchange, PrintWriter log)
            throws IOException {
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
            if (response.failure() != null) {
                // The link is a credential: the line says what failed, never which page.
                log.println("rolecall serve: " + exchange.getRequestMethod() + " answered " + response.status()
                        + ("POST".equalsIgnoreCase(exchange.getRequestMethod()) ? ", an answer NOT recorded: "
                        : ": ") + message(response.failure()));
                log.flush();
            }
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
            log.println("rolecall serve: " + exchange.getRequestMethod() + " failed: " + message(e));
            log.flush();
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "no detail" : e.getMessage();
    }

    /** At most one byte past the endpoint's limit: enough for it to refuse a larger body. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(AcknowledgementEndpoint.MAX_BODY_BYTES + 1);
        in.close();
        return body;
    }
}
