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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures 'rolecall scan' on a generated company: a first scan into empty state, a scan "
                + "in which nothing changed, and a scan of the next day with churn. Prints wall time and peak "
                + "heap per scan as a Markdown table.",
                "Run it with the heap limit to check, for example: java -Xmx1g -jar rolecall.jar bench"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--people", defaultValue = "100000", description = "People in the directory. Default: ${DEFAULT-VALUE}")
    int people;

    @Option(names = "--roles", defaultValue = "50", description = "Roles in roles.yaml. Default: ${DEFAULT-VALUE}")
    int roles;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the generated files and state (default: a new temporary folder).")
    Path work;

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
        Path state = dir.resolve("state");

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "RoleCall scan benchmark: %d people, %d roles, max heap %d MB, %s %s, %d cores%n",
                people, roles, Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "Directory export %.1f MB%s%n%n", Files.size(day1) / 1e6,
                work == null ? "" : ", files in " + dir);
        out.println("| scan | wall time | peak heap used |");
        out.println("|---|---:|---:|");
        measure(out, "first scan, empty state", day1, rolesFile, state, "2026-11-30");
        measure(out, "same directory again, nothing changed", day1, rolesFile, state, "2026-11-30");
        measure(out, "next day, ~1% movers and 0.3% new leavers", day2, rolesFile, state, "2026-12-01");
        out.flush();
        if (work == null) {
            deleteTree(dir);
        }
        return RoleCallCommand.EXIT_OK;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void measure(PrintWriter out, String label, Path directory, Path rolesFile, Path state, String asOf) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        CommandLine scan = RoleCallCommand.commandLine();
        scan.setOut(new PrintWriter(Writer.nullWriter()));
        long start = System.nanoTime();
        int exit = scan.execute("scan", "--directory", directory.toString(), "--roles", rolesFile.toString(),
                "--state", state.toString(), "--as-of", asOf, "--format", "json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        if (exit != RoleCallCommand.EXIT_OK) {
            throw new IllegalStateException("the benchmark scan '" + label + "' exited with " + exit);
        }
        out.printf(Locale.ROOT, "| %s | %.2f s | %d MB |%n", label, millis / 1000.0, peak / (1024 * 1024));
    }
}
