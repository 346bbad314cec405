package io.rolecall.cli;

import io.rolecall.connector.file.SyntheticCompany;
import io.rolecall.core.acknowledge.AcknowledgementPlan;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.acknowledge.LinkClaims;
import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.HolderStatusQuery;
import io.rolecall.infra.local.LocalStorage;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "acknowledgements", mixinStandardHelpOptions = true,
        description = {"Measures acknowledgements on a generated company: computing who is owed a notice or a "
                + "reminder from the stored state (as 'rolecall notify' does), then 'rolecall serve' under load: "
                + "clients that each open a link (GET) and accept it (POST, recorded), at several concurrencies. "
                + "The load generator runs in the same JVM, on the same cores as the server.",
                "To measure on 2 cores of a larger machine: taskset -c 0,1 java -jar rolecall.jar bench "
                        + "acknowledgements"})
final class BenchAcknowledgementsCommand implements Callable<Integer> {

    private static final int PLAN_WARM_UP_RUNS = 2;
    private static final int PLAN_RUNS = 5;

    @Option(names = "--people", defaultValue = "100000", description = "People in the directory. Default: ${DEFAULT-VALUE}")
    int people;

    @Option(names = "--roles", defaultValue = "50", description = "Roles in roles.yaml. Default: ${DEFAULT-VALUE}")
    int roles;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32",
            description = "Concurrent clients of each load run, comma-separated. Default: ${DEFAULT-VALUE}")
    List<Integer> clients;

    @Option(names = "--requests", defaultValue = "10000",
            description = "Requests of each load run, half GET and half POST. Default: ${DEFAULT-VALUE}")
    int requests;

    @Option(names = "--warm-up", paramLabel = "REQUESTS", defaultValue = "4000",
            description = "Requests sent before the load runs, so that they measure compiled code. Default: "
                    + "${DEFAULT-VALUE}")
    int warmUp;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the generated files and state (default: a new temporary folder).")
    Path work;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (people < 10 || roles < 2 || roles > 1000 || requests < 2 || warmUp < 0 || clients.stream().anyMatch(c -> c < 1 || c > 400)) {
            throw new InvalidInputException("use --people of at least 10, --roles from 2 to 1000, --requests of at "
                    + "least 2, --warm-up of at least 0 and --clients from 1 to 400 each");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("rolecall-bench-ack");
        SyntheticCompany company = new SyntheticCompany(people, roles);
        Path directory = dir.resolve("directory.json");
        Path rolesFile = dir.resolve("roles.yaml");
        company.writeDirectory(directory, false);
        company.writeRoles(rolesFile);
        Path state = dir.resolve("state");
        // A week ago, so that today the reminders fall due; scans may not be dated ahead of the clock.
        LocalDate today = LocalDate.now();
        LocalDate lastWeek = today.minusDays(7);
        BenchRuns.scan(directory, rolesFile, state, lastWeek);

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "RoleCall acknowledgement benchmark: %d people, %d roles, max heap %d MB, %s %s, "
                        + "%d cores%n%n", people, roles, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        AcknowledgementPlan plan = whoIsOwedANotice(out, state, lastWeek, today);
        serve(out, state, plan, today);
        out.flush();
        if (work == null) {
            BenchRuns.deleteTree(dir);
        }
        return RoleCallCommand.EXIT_OK;
    }

    /** Times the plan from the stored state before any notice, and a week after every first notice. */
    private AcknowledgementPlan whoIsOwedANotice(PrintWriter out, Path state, LocalDate lastWeek, LocalDate today) {
        out.println("Who is owed a notice or a reminder, from the stored state (directory, ledger, records), as "
                + "'rolecall notify' computes it:");
        out.println();
        out.println("| computation | holders | owed one | wall time (median of " + PLAN_RUNS + ") |");
        out.println("|---|---:|---:|---:|");
        try (LocalStorage storage = LocalStorage.open(state)) {
            HolderStatusQuery query = new HolderStatusQuery(storage.storage(),
                    AsOfRules.from(Clock.systemDefaultZone(), Map.of()));
            AcknowledgementPlan first = timePlan(out, "the day of the first scan: everyone owed a first notice",
                    query, lastWeek);
            List<Ask> asks = first.due().stream()
                    .map(d -> new Ask(d.person(), d.roleId(), d.version(), lastWeek, d.nextAsk())).toList();
            storage.storage().acknowledgements().recordAsks(asks);
            return timePlan(out, "a week after every first notice went out: reminders owed", query, today);
        }
    }

    private static AcknowledgementPlan timePlan(PrintWriter out, String label, HolderStatusQuery query, LocalDate asOf) {
        AcknowledgementPlan plan = null;
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < PLAN_WARM_UP_RUNS + PLAN_RUNS; run++) {
            long start = System.nanoTime();
            plan = query.asOf(asOf);
            if (run >= PLAN_WARM_UP_RUNS) {
                times.add(System.nanoTime() - start);
            }
        }
        out.printf(Locale.ROOT, "| %s | %d | %d | %.3f s |%n", label, plan.holders().size(), plan.due().size(),
                BenchRuns.median(times) / 1e9);
        return plan;
    }

    /** Serves the pages from the state and loads them with a GET and a POST per link, at each concurrency. */
    private void serve(PrintWriter out, Path state, AcknowledgementPlan plan, LocalDate today) throws Exception {
        LinkSigner signer = LinkSigner.fromSecret(LocalStorage.linkSecret(state));
        List<String> links = new ArrayList<>();
        for (HolderAcknowledgement holder : plan.holders()) {
            if (holder.needsAcceptance()) {
                links.add(signer.issue(new LinkClaims(holder.person(), holder.roleId(), holder.version(),
                        today.plusDays(44))));
            }
        }
        Collections.shuffle(links, new Random(42));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PublicUrl url = PublicUrl.of("http://127.0.0.1:" + port);
        out.println();
        out.printf(Locale.ROOT, "'rolecall serve' under load: each request a GET of a link or a POST accepting it "
                + "(recorded in SQLite), half each; %d links to different holders, %d requests to warm up first:%n",
                links.size(), warmUp);
        out.println();
        out.println("| concurrent clients | requests | requests/s | median | p99 | max |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (AcknowledgementServer server = AcknowledgementServer.start(LocalStorage.openForRecording(state), state,
                url, "127.0.0.1", port, spec.commandLine().getErr())) {
            Load load = new Load(http, url, signer, links);
            if (warmUp > 0) {
                load.run(8, warmUp);
            }
            for (int concurrency : clients) {
                Load.Result result = load.run(concurrency, requests);
                out.printf(Locale.ROOT, "| %d | %d | %.0f | %.1f ms | %.1f ms | %.1f ms |%n", concurrency, requests,
                        requests / (result.wallNanos() / 1e9), BenchRuns.median(result.latencies()) / 1e6,
                        BenchRuns.percentile(result.latencies(), 99) / 1e6,
                        Collections.max(result.latencies()) / 1e6);
                out.flush();
            }
            out.println();
            out.printf(Locale.ROOT, "Acceptances recorded: %d (a link posted again once its holder accepted shows "
                    + "\"accepted on\" and records nothing); wrong answers refused: %d.%n", load.accepted.get(),
                    server.attemptsRefused());
        }
    }

    /** The clients: the next request takes the next link, in turn a GET and then the POST accepting it. */
    private static final class Load {
        private final HttpClient http;
        private final PublicUrl url;
        private final LinkSigner signer;
        private final List<String> links;
        private final AtomicInteger nextLink = new AtomicInteger();
        final AtomicInteger accepted = new AtomicInteger();

        Load(HttpClient http, PublicUrl url, LinkSigner signer, List<String> links) {
            this.http = http;
            this.url = url;
            this.signer = signer;
            this.links = links;
        }

        record Result(List<Long> latencies, long wallNanos) {
        }

        Result run(int concurrency, int count) throws InterruptedException {
            int base = nextLink.getAndAdd((count + 1) / 2);
            AtomicInteger next = new AtomicInteger();
            long[] latencies = new long[count];
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch done = new CountDownLatch(concurrency);
            long start = System.nanoTime();
            for (int c = 0; c < concurrency; c++) {
                Thread client = new Thread(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < count && failures.isEmpty(); i = next.getAndIncrement()) {
                            String token = links.get((base + i / 2) % links.size());
                            long begin = System.nanoTime();
                            send(token, i % 2 == 1);
                            latencies[i] = System.nanoTime() - begin;
                        }
                    } catch (Exception | AssertionError e) {
                        failures.add(e);
                    } finally {
                        done.countDown();
                    }
                }, "bench-client-" + c);
                client.setDaemon(true);
                client.start();
            }
            done.await();
            long wall = System.nanoTime() - start;
            if (!failures.isEmpty()) {
                throw new IllegalStateException("a benchmark request failed: " + failures.get(0).getMessage(),
                        failures.get(0));
            }
            List<Long> list = new ArrayList<>(count);
            for (long latency : latencies) {
                list.add(latency);
            }
            return new Result(list, wall);
        }

        private void send(String token, boolean accept) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.link(token)));
            if (accept) {
                String form = "form=" + URLEncoder.encode(signer.formToken(token), StandardCharsets.UTF_8)
                        + "&accept=yes";
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", url.origin()).header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException((accept ? "POST" : "GET") + " answered " + response.statusCode());
            }
            if (accept && response.body().contains("Thank you: you accepted")) {
                accepted.incrementAndGet();
            }
        }
    }
}
