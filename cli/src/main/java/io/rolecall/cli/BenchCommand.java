package io.rolecall.cli;

import io.rolecall.connector.file.SyntheticCompany;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchAcknowledgementsCommand.class,
        description = {"Measures 'rolecall scan' on a generated company: a first scan into empty state, scans "
                + "in which nothing changed (the same day, then the next), and a scan of the day after with churn, "
                + "against a bare Jackson pass over the same export. Prints wall time and peak heap per scan as a "
                + "Markdown table, and the ratio of an unchanged scan to the bare pass; then the next-day scan with "
                + "every built-in framework pack enabled against ISO 27001 alone.",
                "Run it with the heap limit to check, for example: java -Xmx1g -jar rolecall.jar bench",
                "'rolecall bench acknowledgements' measures notices and the acceptance pages instead."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--people", defaultValue = "100000", description = "People in the directory. Default: ${DEFAULT-VALUE}")
    int people;

    @Option(names = "--roles", defaultValue = "50", description = "Roles in roles.yaml. Default: ${DEFAULT-VALUE}")
    int roles;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the generated files and state (default: a new temporary folder).")
    Path work;

    @Option(names = "--files-only",
            description = "Only write the generated directory exports and roles.yaml into --work, and time nothing "
                    + "(scripts/bench.sh fresh times them as separate processes).")
    boolean filesOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (people < 10 || roles < 2 || roles > 1000) {
            throw new InvalidInputException("use --people of at least 10 and --roles from 2 to 1000");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("rolecall-bench");
        SyntheticCompany company = new SyntheticCompany(people, roles);
        Path day1 = dir.resolve("directory-day1.json");
        Path day2 = dir.resolve("directory-day2.json");
        Path rolesFile = dir.resolve("roles.yaml");
        company.writeDirectory(day1, false);
        company.writeDirectory(day2, true);
        company.writeRoles(rolesFile);
        if (filesOnly) {
            spec.commandLine().getOut().println("Wrote " + day1 + ", " + day2 + " and " + rolesFile + ".");
            return RoleCallCommand.EXIT_OK;
        }
        Path state = dir.resolve("state");

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "RoleCall scan benchmark: %d people, %d roles, max heap %d MB, %s %s, %d cores%n",
                people, roles, Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "Directory export %.1f MB%s%n%n", Files.size(day1) / 1e6,
                work == null ? "" : ", files in " + dir);
        out.println("| run | wall time | peak heap used |");
        out.println("|---|---:|---:|");
        // The floor: reading the export's tokens and nothing else, first as a fresh process would (cold).
        long bareCold = BareJsonPass.pass(day1);
        out.printf(Locale.ROOT, "| bare Jackson streaming pass over the export, first in this JVM | %.3f s | |%n",
                bareCold / 1e9);
        // Scans may not be dated ahead of the clock: the first days lie in the past.
        LocalDate today = LocalDate.now();
        measure(out, "first scan, empty state", day1, rolesFile, state, today.minusDays(2));
        // Like a scheduled function's warm container: the just-in-time compiler has settled before it counts.
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            BenchRuns.scan(day1, rolesFile, state, today.minusDays(2));
        }
        List<Long> unchanged = new ArrayList<>();
        List<MemoryPoolMXBean> heap = resetHeapPeaks();
        for (int run = 0; run < UNCHANGED_RUNS; run++) {
            unchanged.add(BenchRuns.scan(day1, rolesFile, state, today.minusDays(2)));
        }
        out.printf(Locale.ROOT, "| same directory, same day again, nothing changed (median of %d after %d to warm "
                + "up; fastest %.3f s, slowest %.3f s) | %.3f s | %d MB |%n", UNCHANGED_RUNS, WARM_UP_RUNS,
                Collections.min(unchanged) / 1e9, Collections.max(unchanged) / 1e9, BenchRuns.median(unchanged) / 1e9,
                peakMegabytes(heap));
        measure(out, "same directory, next day (the rules run again)", day1, rolesFile, state, today.minusDays(1));
        measure(out, "next day, ~1% movers and 0.3% new leavers", day2, rolesFile, state, today);
        List<Long> bare = new ArrayList<>();
        for (int pass = 0; pass < WARM_UP_RUNS + BARE_PASSES; pass++) {
            long nanos = BareJsonPass.pass(day1);
            if (pass >= WARM_UP_RUNS) {
                bare.add(nanos);
            }
        }
        long bareWarm = BenchRuns.median(bare);
        long unchangedScan = BenchRuns.median(unchanged);
        out.printf(Locale.ROOT, "| bare Jackson streaming pass, warm (median of %d after %d to warm up) | %.3f s | |%n%n",
                BARE_PASSES, WARM_UP_RUNS, bareWarm / 1e9);
        out.printf(Locale.ROOT, "Unchanged scan / bare pass: %.1f (median %.3f s against the warm pass, median "
                + "%.3f s); %.1f against the first pass.%n", (double) unchangedScan / bareWarm, unchangedScan / 1e9,
                bareWarm / 1e9, (double) unchangedScan / bareCold);
        FrameworkBench.run(out, day1, rolesFile, dir, today);
        out.flush();
        if (work == null) {
            BenchRuns.deleteTree(dir);
        }
        return RoleCallCommand.EXIT_OK;
    }

    private static final int WARM_UP_RUNS = 5;
    private static final int UNCHANGED_RUNS = 9;
    private static final int BARE_PASSES = 9;

    /** Times one scan and prints it as a row with its peak heap. */
    private void measure(PrintWriter out, String label, Path directory, Path rolesFile, Path state, LocalDate asOf) {
        List<MemoryPoolMXBean> heap = resetHeapPeaks();
        long nanos = BenchRuns.scan(directory, rolesFile, state, asOf);
        out.printf(Locale.ROOT, "| %s | %.3f s | %d MB |%n", label, nanos / 1e9, peakMegabytes(heap));
    }

    /** Collects what earlier runs left, so that a peak measured next is what the next runs used. */
    private static List<MemoryPoolMXBean> resetHeapPeaks() {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return heap;
    }

    private static long peakMegabytes(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
