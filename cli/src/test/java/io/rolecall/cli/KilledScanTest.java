package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.connector.file.SyntheticCompany;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real scan processes killed at random moments (SIGKILL, sometimes SIGTERM as Ctrl-C would send):
 * each time the state folder holds the previous complete state or the new one, and scanning again
 * gives exactly what an uninterrupted scan gives. Most kills land while the scan writes: the test
 * waits for SQLite's write-ahead log to appear, then kills after a random part of the time the
 * uninterrupted scan had it open; some the moment a first scan starts creating the database (a
 * kill there once left a 0-byte file the next scan refused); the others land anywhere in the run.
 */
class KilledScanTest {

    private static final int KILLS = 24;
    private static final String DAY_ONE = "2026-11-02";
    private static final String DAY_TWO = "2026-11-03";
    /** The scan's tables; run records are compared without their id and start time. */
    private static final List<String> TABLES = List.of("finding", "finding_episode", "assignment", "person",
            "catalogue", "run");

    @TempDir
    static Path work;

    private static Path roles;
    private static Path dayOne;
    private static Path dayTwo;

    @BeforeAll
    static void company() throws IOException {
        SyntheticCompany company = new SyntheticCompany(6_000, 40);
        roles = work.resolve("roles.yaml");
        dayOne = work.resolve("day1.json");
        dayTwo = work.resolve("day2.json");
        company.writeRoles(roles);
        company.writeDirectory(dayOne, false);
        company.writeDirectory(dayTwo, true);
    }

    @Test
    void aKilledScanLeavesThePreviousStateOrTheNewOneAndTheNextScanCompletesIt() throws Exception {
        // What uninterrupted scans leave: nothing, day one, then day two.
        Path dayOneState = work.resolve("day-one");
        List<String> empty = dump(dayOneState);
        Timing first = scan(dayOneState, dayOne, DAY_ONE);
        List<String> afterDayOne = dump(dayOneState);
        Path dayTwoState = copyOf(dayOneState, work.resolve("day-two"));
        Timing second = scan(dayTwoState, dayTwo, DAY_TWO);
        List<String> afterDayTwo = dump(dayTwoState);
        assertThat(first.writingMillis()).as("the first scan writes for a while").isPositive();
        assertThat(afterDayOne).isNotEqualTo(afterDayTwo);

        Random random = new Random(20261103);
        int previous = 0;
        for (int i = 0; i < KILLS; i++) {
            // Even kills interrupt a first scan, which writes everything; odd ones a scan of day two.
            boolean firstScan = i % 2 == 0;
            Path state = firstScan ? work.resolve("killed-" + i)
                    : copyOf(dayOneState, work.resolve("killed-" + i));
            Path directory = firstScan ? dayOne : dayTwo;
            String asOf = firstScan ? DAY_ONE : DAY_TWO;
            Timing uninterrupted = firstScan ? first : second;
            boolean whileWriting = i % 4 != 3;
            long killAfter = (long) (random.nextDouble() * 1.1
                    * (whileWriting ? uninterrupted.writingMillis() : uninterrupted.totalMillis()));
            Process process = start(state, directory, asOf);
            // Every fourth first scan is killed the moment a file of the database appears.
            boolean whileCreating = i % 8 == 0;
            if (whileCreating) {
                awaitFile(process, state.resolve("rolecall.db"), state.resolve("rolecall.db.creating"));
                killAfter = 0;
            } else if (whileWriting) {
                awaitFile(process, state.resolve("rolecall.db-wal"));
            }
            if (!process.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                if (i % 6 == 5) {
                    process.destroy();
                } else {
                    process.destroyForcibly();
                }
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            List<String> before = firstScan ? empty : afterDayOne;
            List<String> after = firstScan ? afterDayOne : afterDayTwo;
            List<String> found = dump(state);
            assertThat(found.equals(before) || found.equals(after))
                    .as("kill %d after %d ms leaves the previous or the new state, not %s", i, killAfter, found.size()
                            + " rows").isTrue();
            previous += found.equals(before) ? 1 : 0;

            scan(state, directory, asOf);
            assertThat(withoutRuns(dump(state))).as("kill %d, then the scan again", i).isEqualTo(withoutRuns(after));
            assertThat(lastRunMetrics(state)).isEqualTo(lastRunMetrics(firstScan ? dayOneState : dayTwoState));
        }
        System.out.printf("KilledScanTest: %d kills left the previous state, %d the new one%n", previous,
                KILLS - previous);
    }

    private static Path copyOf(Path state, Path target) throws IOException {
        Files.createDirectories(target);
        Files.copy(state.resolve("rolecall.db"), target.resolve("rolecall.db"));
        return target;
    }

    /** How long an uninterrupted scan took, and how long its write-ahead log existed (it had the state open). */
    private record Timing(long totalMillis, long writingMillis) {
    }

    /** Runs a scan to its end, watching when SQLite's write-ahead log exists. */
    private static Timing scan(Path state, Path directory, String asOf) {
        try {
            long start = System.nanoTime();
            Process process = start(state, directory, asOf);
            Path journal = state.resolve("rolecall.db-wal");
            long firstSeen = -1;
            long lastSeen = -1;
            while (process.isAlive()) {
                if (Files.exists(journal)) {
                    long now = System.nanoTime();
                    firstSeen = firstSeen < 0 ? now : firstSeen;
                    lastSeen = now;
                }
                pause();
            }
            assertThat(process.exitValue()).as(new String(process.getErrorStream().readAllBytes())).isZero();
            long total = (System.nanoTime() - start) / 1_000_000;
            return new Timing(total, firstSeen < 0 ? 0 : (lastSeen - firstSeen) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls every millisecond: a busy loop would take a core from the scan it watches. */
    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitFile(Process process, Path... anyOf) {
        while (process.isAlive() && Arrays.stream(anyOf).noneMatch(Files::exists)) {
            pause();
        }
    }

    private static Process start(Path state, Path directory, String asOf) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                RoleCallCommand.class.getName(), "scan", "--directory", directory.toString(),
                "--roles", roles.toString(), "--state", state.toString(), "--as-of", asOf, "--format", "json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    /** Every row of every table, in a stable order; an absent or empty database dumps as nothing. */
    private static List<String> dump(Path state) throws Exception {
        Path file = state.resolve("rolecall.db");
        List<String> rows = new ArrayList<>();
        if (!Files.exists(file) || Files.size(file) == 0) {
            return rows;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            for (String table : TABLES) {
                if (!exists(sql, table)) {
                    continue;
                }
                List<String> tableRows = new ArrayList<>();
                try (ResultSet result = sql.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String column = meta.getColumnName(c);
                            if (!column.equals("run_id") && !column.equals("started_at")) {
                                row.append('|').append(column).append('=').append(result.getString(c));
                            }
                        }
                        tableRows.add(row.toString());
                    }
                }
                tableRows.sort(Comparator.naturalOrder());
                rows.addAll(tableRows);
            }
        }
        return rows;
    }

    private static boolean exists(Statement sql, String table) throws Exception {
        try (ResultSet result = sql.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            return result.next();
        }
    }

    private static List<String> withoutRuns(List<String> rows) {
        return rows.stream().filter(row -> !row.startsWith("run|")).toList();
    }

    private static String lastRunMetrics(Path state) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + state.resolve("rolecall.db"));
             Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(
                     "SELECT as_of, metrics_json FROM run ORDER BY as_of_day DESC, started_at DESC LIMIT 1")) {
            return result.next() ? result.getString(1) + " " + result.getString(2) : "";
        }
    }
}
