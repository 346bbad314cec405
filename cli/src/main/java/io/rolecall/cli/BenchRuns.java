package io.rolecall.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;

/** What the benchmarks share: running a scan as the command would, medians, and cleaning up. */
final class BenchRuns {

    private BenchRuns() {
    }

    /** @return the wall time of one 'rolecall scan' in nanoseconds */
    static long scan(Path directory, Path rolesFile, Path state, LocalDate asOf) {
        // The scan's output is not what is measured: its JSON, which bypasses setOut, goes nowhere.
        CommandLine scan = RoleCallCommand.commandLine(System.getenv(), Writer.nullWriter(),
                new OutputStreamWriter(System.err), "scan");
        scan.setOut(new PrintWriter(Writer.nullWriter()));
        long start = System.nanoTime();
        int exit = scan.execute("scan", "--directory", directory.toString(), "--roles", rolesFile.toString(),
                "--state", state.toString(), "--as-of", asOf.toString(), "--format", "json");
        long nanos = System.nanoTime() - start;
        if (exit != RoleCallCommand.EXIT_OK) {
            throw new IllegalStateException("a benchmark scan of " + directory.getFileName() + " as of " + asOf
                    + " exited with " + exit);
        }
        return nanos;
    }

    static long median(List<Long> values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile: the smallest value at least {@code percent}% of the values do not exceed. */
    static long percentile(List<Long> values, double percent) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
