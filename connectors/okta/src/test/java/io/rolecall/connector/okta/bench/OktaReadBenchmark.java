package io.rolecall.connector.okta.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.rolecall.connector.okta.OktaCredentials;
import io.rolecall.connector.okta.OktaDirectorySource;
import io.rolecall.connector.okta.OktaSettings;
import io.rolecall.connector.support.ReadStatistics;
import io.rolecall.connector.support.Progress;
import io.rolecall.core.model.DirectorySnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a generated 100,000-user Okta org from a local stub (200 users per page, no added latency)
 * and prints throughput, the exact request count and peak heap. Run it with scripts/bench.sh okta,
 * which sets -Xmx512m: the stub runs in the same JVM, so the heap figure is an upper bound.
 */
public final class OktaReadBenchmark {

    private OktaReadBenchmark() {
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.setProperty("okta.testing.disableHttpsCheck", "true");
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .disableRequestJournal().containerThreads(8).extensions(new GeneratedOktaOrg(users)));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(ok()));
        try {
            OktaSettings settings = OktaSettings.of(URI.create(server.baseUrl()), OktaCredentials.apiToken("bench"),
                    Set.of("bench-group-a", "bench-group-b"));
            System.out.printf(Locale.ROOT, "Okta connector benchmark: %,d users, %d per page, stub on localhost, "
                    + "max heap %d MB, %s %s%n", users, GeneratedOktaOrg.PAGE,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"));
            run(settings, "warm-up (discarded)");
            run(settings, "measured");
        } finally {
            server.stop();
        }
    }

    private static void run(OktaSettings settings, String label) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        OktaDirectorySource source = OktaDirectorySource.create(settings, Progress.silent());
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
