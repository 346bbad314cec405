package io.rolecall.cli;

import io.rolecall.core.catalogue.BuiltInPacks;
import io.rolecall.core.framework.FrameworkPack;
import io.rolecall.core.framework.PackFunction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What enabling every built-in framework pack costs a scan: the same next-day scan (the rules run again on an
 * unchanged directory) with ISO 27001 alone, and with all ten packs enabled and their functions declared on
 * the roles (so every pack's rule defaults, independence along the manager chain included, and every
 * finding's references are worked out). The two run in turns, each in a state of its own, so that the
 * machine's drift weighs on both alike.
 */
final class FrameworkBench {

    private FrameworkBench() {
    }

    static final int WARM_UP_DAYS = 4;
    static final int MEASURED_DAYS = 9;

    /**
     * @param isoRoles the benchmark's roles.yaml, which enables no framework (ISO 27001 by default)
     * @param lastDay  the last day a scan may be dated; the runs are dated on the days before it
     * @return the ratio of the all-packs median to the ISO-alone median
     */
    static double run(PrintWriter out, Path directory, Path isoRoles, Path dir, LocalDate lastDay) throws IOException {
        Path allRoles = dir.resolve("roles-all-frameworks.yaml");
        int declared = writeAllFrameworks(isoRoles, allRoles);
        Path isoState = dir.resolve("state-iso27001");
        Path allState = dir.resolve("state-all-frameworks");
        int days = 1 + WARM_UP_DAYS + MEASURED_DAYS;
        List<Long> iso = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            LocalDate asOf = lastDay.minusDays(days - 1 - day);
            long isoNanos = BenchRuns.scan(directory, isoRoles, isoState, asOf);
            long allNanos = BenchRuns.scan(directory, allRoles, allState, asOf);
            if (day > WARM_UP_DAYS) {
                iso.add(isoNanos);
                all.add(allNanos);
            }
        }
        long isoMedian = BenchRuns.median(iso);
        long allMedian = BenchRuns.median(all);
        double ratio = (double) allMedian / isoMedian;
        out.printf(Locale.ROOT, "%nFramework packs: the next-day scan (rules run again), median of %d days after %d "
                + "to warm up, in turns%n%n", MEASURED_DAYS, WARM_UP_DAYS + 1);
        out.println("| frameworks | wall time |");
        out.println("|---|---:|");
        out.printf(Locale.ROOT, "| ISO/IEC 27001 alone (no frameworks key) | %.3f s |%n", isoMedian / 1e9);
        out.printf(Locale.ROOT, "| all %d built-in packs, %d of their functions declared on roles | %.3f s |%n%n",
                BuiltInPacks.IDS.size(), declared, allMedian / 1e9);
        out.printf(Locale.ROOT, "All packs / ISO alone: %.2f (the target is at most 1.3).%n", ratio);
        return ratio;
    }

    /**
     * The same roles.yaml with every built-in pack enabled and each pack function declared by one role, in
     * turn (a function left over when there are more functions than roles is declared by none).
     *
     * @return how many functions a role declares
     */
    static int writeAllFrameworks(Path isoRoles, Path allRoles) throws IOException {
        List<String> functions = new ArrayList<>();
        for (String id : BuiltInPacks.IDS) {
            FrameworkPack pack = BuiltInPacks.pack(id).orElseThrow();
            pack.functions().stream().map(PackFunction::qualifiedId).forEach(functions::add);
        }
        StringBuilder yaml = new StringBuilder();
        int role = 0;
        for (String line : Files.readAllLines(isoRoles, StandardCharsets.UTF_8)) {
            if (line.startsWith("  - {id: role-") && role < functions.size()) {
                // A function may check the reporting line: every role but the leadership one reports to it.
                String reportsTo = line.startsWith("  - {id: role-1,") ? "" : "reportsTo: role-1, ";
                line = line.replaceFirst("\\{id: (role-\\d+), ", "{id: $1, functions: [" + functions.get(role++) + "], "
                        + reportsTo);
            }
            yaml.append(line).append('\n');
            if (line.startsWith("organisation:")) {
                yaml.append("frameworks: [").append(String.join(", ", BuiltInPacks.IDS)).append("]\n");
            }
        }
        Files.writeString(allRoles, yaml, StandardCharsets.UTF_8);
        return role;
    }
}
