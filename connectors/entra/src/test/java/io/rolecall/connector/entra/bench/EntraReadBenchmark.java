package io.rolecall.connector.entra.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import io.rolecall.connector.entra.EntraCredentials;
import io.rolecall.connector.entra.EntraDirectorySource;
import io.rolecall.connector.entra.EntraSettings;
import io.rolecall.connector.entra.testing.GraphStub;
import io.rolecall.connector.support.Progress;
import io.rolecall.connector.support.ReadStatistics;
import io.rolecall.core.model.DirectorySnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a generated 100,000-user Entra ID tenant from a local HTTPS Graph stub (no added latency) and
 * prints throughput, the exact request count and peak heap, for the first read in this fresh JVM and
 * for a second one. Run it with scripts/bench.sh entra, which sets -Xmx512m: the stub and its
 * pre-rendered pages live in the same JVM, so the heap figure is an upper bound.
 */
public final class EntraReadBenchmark {

    private EntraReadBenchmark() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // The pages need the stub's address, and the stub needs its pages: start it, then serve them.
        GraphStub probe = new GraphStub();
        String root = probe.root().toString();
        int port = probe.server().httpsPort();
        probe.close();
        GraphStub graph = new GraphStub(com.github.tomakehurst.wiremock.core.WireMockConfiguration.options()
                .httpDisabled(true).httpsPort(port).bindAddress("127.0.0.1").disableRequestJournal()
                .containerThreads(8).extensions(new GeneratedEntraTenant(users, root)));
        graph.server().stubFor(any(anyUrl()).willReturn(ok()));
        try {
            EntraSettings settings = EntraSettings.of(GraphStub.TENANT, GraphStub.CLIENT_ID,
                    EntraCredentials.secret("bench"), Set.of("bench-group-a", "bench-group-b"),
                    LocalDate.of(2026, 11, 30)).withEndpoints(graph.root(), graph.root());
            System.out.printf(Locale.ROOT, "Entra ID connector benchmark: %,d users (%d per page with the manager "
                            + "expanded), HTTPS stub on localhost, max heap %d MB, %s %s; stub ready %.1f s after JVM "
                            + "start%n", users, GeneratedEntraTenant.USERS_PAGE,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), (System.currentTimeMillis() - jvmStart) / 1000.0);
            run(settings, "first read (cold)");
            run(settings, "second read");
        } finally {
            graph.close();
        }
    }

    private static void run(EntraSettings settings, String label) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        EntraDirectorySource source = EntraDirectorySource.create(settings, Progress.silent());
        long start = System.nanoTime();
        DirectorySnapshot directory = source.read();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        ReadStatistics stats = source.lastStatistics();
        System.out.printf(Locale.ROOT, "%-20s %,d users in %.2f s = %,.0f users/s; %,d requests (%,d pages); "
                        + "peak heap %d MB%n", label, directory.size(), seconds, directory.size() / seconds,
                stats.requests(), stats.pages(), peak / (1024 * 1024));
    }
}
