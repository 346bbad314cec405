package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.infra.local.LocalStorage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** notify, acknowledgements and serve, as a compliance manager runs them on the Acme example. */
class AcknowledgementCommandsTest {

    private static final String ACME = "../examples/acme/";
    private static final String URL = "http://127.0.0.1:8080";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(URL) + "/ack/([A-Za-z0-9_-]+)");

    @TempDir
    Path dir;

    private String state() {
        return dir.resolve("state").toString();
    }

    private Path outbox() {
        return dir.resolve("outbox");
    }

    private void scanAcme() {
        assertThat(Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                "--state", state(), "--format", "json").exitCode()).isZero();
    }

    private Cli notifyNow() {
        return Cli.run("notify", "--state", state(), "--out", outbox().toString(), "--public-url", URL,
                "--from", "rolecall@acme.example");
    }

    /** The links of every notice whose text contains {@code containing} and not {@code without}. */
    private List<String> linksIn(String containing, String without) throws IOException {
        List<String> links = new ArrayList<>();
        try (Stream<Path> files = Files.list(outbox())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                if (text.contains(containing) && (without == null || !text.contains(without))) {
                    Matcher matcher = LINK.matcher(text);
                    while (matcher.find()) {
                        links.add(matcher.group(1));
                    }
                }
            }
        }
        return links;
    }

    @Test
    void notifyWritesOneEmailPerHolderOnceAndNamesEachFile() throws IOException {
        scanAcme();

        Cli first = notifyNow();
        Cli second = notifyNow();

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("to ada@acme.example: Your information security roles at Acme Ltd: ISMS "
                + "Manager, Risk Owner, Security Training Lead and Internal Auditor", "first notices and 0 reminders");
        assertThat(first.out()).doesNotContain("/ack/");
        try (Stream<Path> files = Files.list(outbox())) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).allMatch(n -> n.matches("notice-\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{16}\\.(eml|html|txt)")
                    || n.matches("handover-HO-[0-9A-F]{8}-[0-9a-f]{16}\\.(eml|html|txt)"));
            assertThat(names.size() % 3).isZero();
            assertThat(names).noneMatch(n -> n.contains("acme"));
        }
        String eml;
        try (Stream<Path> files = Files.list(outbox())) {
            eml = Files.readString(files.filter(f -> f.toString().endsWith(".eml")).findFirst().orElseThrow());
        }
        assertThat(eml).contains("From: rolecall@acme.example", "multipart/alternative");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo("0 first notices and 0 reminders written to " + outbox()
                + " (nobody is owed one on " + java.time.LocalDate.now() + ")." + System.lineSeparator());
    }

    @Test
    void notifyBeforeAScanWithABadUrlOrAnotherRolesYamlSaysWhyAndWritesNothing() throws IOException {
        Cli noScan = notifyNow();
        assertThat(noScan.exitCode()).isEqualTo(2);
        assertThat(noScan.err()).contains("run 'rolecall scan' first");
        assertThat(dir.resolve("state")).doesNotExist();

        scanAcme();
        Cli badUrl = Cli.run("notify", "--state", state(), "--out", outbox().toString(), "--public-url",
                "roles.acme.example/?x=1");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).contains("--public-url: the public URL 'roles.acme.example/?x=1' must be");

        Path other = dir.resolve("other-roles.yaml");
        Files.writeString(other, Files.readString(Path.of(ACME + "roles.yaml")).replace("Maintain the asset inventory",
                "Keep the asset inventory"));
        Cli otherRoles = Cli.run("notify", "--state", state(), "--out", outbox().toString(), "--public-url", URL,
                "--roles", other.toString());
        assertThat(otherRoles.exitCode()).isEqualTo(2);
        assertThat(otherRoles.err()).contains("is not the roles.yaml of the latest scan", "rolecall scan --roles");
        assertThat(outbox()).doesNotExist();
    }

    @Test
    void acknowledgementsListsEveryActiveHolderInTheDocumentedJson() throws IOException {
        scanAcme();
        notifyNow();

        Cli list = Cli.run("acknowledgements", "--state", state(), "--format", "json");

        assertThat(list.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(list.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("asOf", "holders", "documents");
        JsonNode ada = null;
        for (JsonNode holder : json.get("holders")) {
            assertThat(holder.fieldNames()).toIterable().containsExactly("person", "role", "status", "version",
                    "acceptedAt", "firstAskedOn", "attempts");
            if (holder.get("person").asText().equals("ada@acme.example")
                    && holder.get("role").asText().equals("isms-manager")) {
                ada = holder;
            }
        }
        assertThat(ada).isNotNull();
        assertThat(json.get("documents")).as("Acme's incident response plan, for the isms-incident group")
                .singleElement().satisfies(reader -> {
                    assertThat(reader.fieldNames()).toIterable().containsExactly("person", "document", "status",
                            "version", "acceptedAt", "firstAskedOn", "attempts");
                    assertThat(reader.get("person").asText()).isEqualTo("dan@acme.example");
                    assertThat(reader.get("document").asText()).isEqualTo("incident-response-plan");
                    assertThat(reader.get("status").asText()).isEqualTo("PENDING");
                });
        assertThat(ada.get("status").asText()).isEqualTo("PENDING");
        assertThat(ada.get("firstAskedOn").asText()).isEqualTo(java.time.LocalDate.now().toString());
        assertThat(ada.get("acceptedAt").isNull()).isTrue();
        assertThat(ada.get("attempts").asInt()).isZero();
        assertThat(json.get("holders")).noneMatch(h -> h.get("person").asText().equals("bob@acme.example"));
        assertThat(Cli.run("acknowledgements", "--state", state()).out()).contains("isms-manager",
                "ada@acme.example", "PENDING", "due ");
    }

    private final java.io.StringWriter served = new java.io.StringWriter();

    /** What serve logs. */
    private java.io.PrintWriter log() {
        return new java.io.PrintWriter(served, true);
    }

    private HttpResponse<String> get(HttpClient http, int port, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ack/" + token)).GET()
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servedPagesAnswerManyClientsAtOnceWhileASlowClientStallsAndOtherCommandsRun() throws Exception {
        scanAcme();
        notifyNow();
        List<String> tokens = linksIn("Hello", null);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (AcknowledgementServer server = AcknowledgementServer.start(LocalStorage.openForRecording(
                dir.resolve("state")), dir.resolve("state"), PublicUrl.of(URL), "127.0.0.1", 0, log());
             Socket slow = new Socket("127.0.0.1", server.port())) {
            OutputStream trickle = slow.getOutputStream();
            trickle.write("GET /ack/".getBytes(StandardCharsets.US_ASCII));
            trickle.flush();

            ExecutorService clients = Executors.newFixedThreadPool(100);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String token = tokens.get(i % tokens.size());
                calls.add(() -> get(http, server.port(), token).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : clients.invokeAll(calls)) {
                statuses.add(status.get());
            }
            clients.shutdown();
            assertThat(statuses).hasSize(200).containsOnly(200);

            assertThat(Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                    "--state", state(), "--format", "json").exitCode()).as("scan").isZero();
            assertThat(notifyNow().exitCode()).as("notify").isZero();
            assertThat(Cli.run("acknowledgements", "--state", state()).exitCode()).as("acknowledgements").isZero();
            assertThat(Cli.run("report", "weekly", "--state", state(), "--out", dir.resolve("reports").toString())
                    .exitCode()).as("report").isZero();
            assertThat(Cli.run("raci", "--roles", ACME + "roles.yaml").exitCode()).as("raci").isZero();
            assertThat(get(http, server.port(), tokens.get(0)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aServedFormPostedWithTheRightAnswersRecordsTheAcceptance() throws Exception {
        scanAcme();
        notifyNow();
        String token = linksIn("== Internal Auditor ==", "== ISMS Manager ==").get(0);
        HttpClient http = HttpClient.newHttpClient();
        try (AcknowledgementServer server = AcknowledgementServer.start(LocalStorage.openForRecording(
                dir.resolve("state")), dir.resolve("state"), PublicUrl.of(URL), "127.0.0.1", 0, log())) {
            String page = get(http, server.port(), token).body();
            Matcher form = Pattern.compile("name=\"form\" value=\"([^\"]+)\"").matcher(page);
            assertThat(form.find()).isTrue();
            HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + server.port() + "/ack/" + token))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("form=" + form.group(1) + "&accept=yes")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(accepted.body()).contains("you accepted the duties of");
        }
        assertThat(Cli.run("acknowledgements", "--state", state()).out()).contains("ACCEPTED");
    }

    @Test
    void theAcknowledgementBenchmarkServesRealPagesAndRecordsTheAcceptancesItPosts() {
        Cli bench = Cli.run("bench", "acknowledgements", "--people", "1000", "--roles", "10", "--requests", "40",
                "--clients", "1,4", "--warm-up", "0", "--work", dir.resolve("bench").toString());

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("| the day of the first scan: everyone owed a first notice |",
                "| a week after every first notice went out: reminders owed |", "| 1 | 40 |", "| 4 | 40 |");
        Matcher recorded = Pattern.compile("Acceptances recorded: (\\d+)").matcher(bench.out());
        assertThat(recorded.find()).isTrue();
        assertThat(Integer.parseInt(recorded.group(1))).as("each of the 40 POSTs accepted a different link")
                .isEqualTo(40);
    }

    @Test
    void anAcceptanceThatCannotBeKeptIsAnsweredNotRecordedAndLoggedInOneLineWithoutTheLink() throws Exception {
        scanAcme();
        notifyNow();
        String token = linksIn("== Internal Auditor ==", "== ISMS Manager ==").get(0);
        String form = io.rolecall.core.acknowledge.LinkSigner.fromSecret(LocalStorage.linkSecret(dir.resolve("state")))
                .formToken(token);
        LocalStorage storage = LocalStorage.openForRecording(dir.resolve("state"));
        try (AcknowledgementServer server = AcknowledgementServer.start(storage, dir.resolve("state"),
                PublicUrl.of(URL), "127.0.0.1", 0, log())) {
            // The store fails under the page, as a disk that filled up after serve started would make it.
            storage.close();

            HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + server.port() + "/ack/" + token))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("form=" + form + "&accept=yes")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(posted.statusCode()).isEqualTo(500);
            assertThat(posted.body()).contains("Your answer was NOT recorded", "send the form again");
            assertThat(posted.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        assertThat(served.toString().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("rolecall serve: POST answered 500, an answer NOT recorded: ").doesNotContain(token));
    }

    @Test
    void aFloodOfSlowClientsGetsNoMoreThreadsThanTheCapAndTheRestAreClosed() throws Exception {
        scanAcme();
        int cap = 20;
        List<Socket> slow = new ArrayList<>();
        try (AcknowledgementServer server = AcknowledgementServer.start(LocalStorage.openForRecording(
                dir.resolve("state")), dir.resolve("state"), PublicUrl.of(URL), "127.0.0.1", 0, log(), cap)) {
            for (int i = 0; i < cap + 15; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.setSoTimeout(300);
                socket.getOutputStream().write("GET /ack/".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            int closed = 0;
            for (Socket socket : slow) {
                try {
                    if (socket.getInputStream().read() < 0) {
                        closed++;
                    }
                } catch (java.net.SocketTimeoutException heldOpen) {
                    // still being read by one of the server's threads
                } catch (IOException reset) {
                    closed++;
                }
            }
            long threads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("rolecall-serve") && t.isAlive()).count();

            assertThat(threads).isLessThanOrEqualTo(cap);
            assertThat(closed).as("connections beyond the cap are closed at once").isGreaterThanOrEqualTo(15);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void serveRefusesToStartOnAStateItCannotWriteAndSaysWhy() throws Exception {
        scanAcme();
        Path database = dir.resolve("state").resolve("rolecall.db");
        ReadOnlyFile.make(database);
        try {
            Cli serve = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    Cli.run("serve", "--state", state(), "--port", "0", "--public-url", URL));

            assertThat(serve.exitCode()).isEqualTo(2);
            assertThat(serve.err()).startsWith("rolecall: cannot serve the acceptance pages: ")
                    .contains("is read-only, so it could not be written");
            assertThat(serve.out()).doesNotContain("Serving");
        } finally {
            ReadOnlyFile.undo(database);
        }
    }
}
