package io.rolecall.functions;

import io.rolecall.connector.file.SyntheticCompany;
import io.rolecall.infra.awstesting.SesMailbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers README "Performance" quotes for the AWS deployment, over the local emulators (run it
 * with {@code scripts/bench.sh lambda}):
 * <ol>
 *   <li>the size of the artifacts sam build packages;</li>
 *   <li>cold starts of ScanFunction on Acme, JVM start to first invocation done, in fresh JVMs with
 *   Lambda's JVM flags, against a baseline that only builds the same SDK clients and makes one S3
 *   and one DynamoDB read; and of AcknowledgeFunction showing a holder their page;</li>
 *   <li>DynamoDB items written by an unchanged scan of a 10,000-person directory.</li>
 * </ol>
 */
public final class LambdaBenchmark {

    private static final int COLD_RUNS = 5;

    private LambdaBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        StackFixture.linkSecret(AwsStubs.connect());
        SesMailbox.clear();
        Path work = Files.createTempDirectory("rolecall-lambda-bench");
        System.out.printf(Locale.ROOT, "RoleCall Lambda benchmark: %s %s, %d cores, emulators on localhost%n%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "Artifacts: %s %.1f MB, %s %.1f MB, %s %.1f MB (Lambda's limit: 250 MB "
                        + "unzipped)%n%n",
                ColdStartLauncher.SCAN_JAR.getFileName(), Files.size(ColdStartLauncher.SCAN_JAR) / 1e6,
                ColdStartLauncher.REPORTS_JAR.getFileName(), Files.size(ColdStartLauncher.REPORTS_JAR) / 1e6,
                ColdStartLauncher.ACKNOWLEDGE_JAR.getFileName(), Files.size(ColdStartLauncher.ACKNOWLEDGE_JAR) / 1e6);

        StackFixture acme = new StackFixture().acme();
        ColdStartLauncher.Run first = coldStart("scan", "2026-11-30T06:00:00Z", acme.env, work);
        List<Long> scans = new ArrayList<>();
        List<Long> baselines = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            String hourLater = "2026-11-30T%02d:00:00Z".formatted(7 + i);
            scans.add(coldStart("scan", hourLater, acme.env, work).result().path("totalMs").asLong());
            baselines.add(coldStart("baseline", hourLater, acme.env, work).result().path("totalMs").asLong());
        }
        System.out.println("Cold start, JVM start to first invocation done (flags " + String.join(" ",
                ColdStartLauncher.LAMBDA_JVM_FLAGS) + "), " + COLD_RUNS + " fresh JVMs each:");
        System.out.println();
        System.out.println("| run | median | min | max |");
        System.out.println("|---|---:|---:|---:|");
        long firstMs = first.result().path("totalMs").asLong();
        System.out.printf(Locale.ROOT, "| ScanFunction, Acme (40 people), first scan into an empty table | %d ms | | |%n",
                firstMs);
        row("ScanFunction, Acme, unchanged hourly scan", scans);
        row("baseline: the same SDK clients, one S3 and one DynamoDB read", baselines);
        row("AcknowledgeFunction, a holder opens their link (GET)", pageColdStarts(acme, work));
        row("QuarterlyReportFunction, Acme: charts, PDF, email sent, copy kept", quarterlyColdStarts(acme, work));
        row("ScanFunction, Entra ID over the HTTPS Graph stub (certificate, 2 users), unchanged hourly scan",
                entraColdStarts(work));
        System.out.printf(Locale.ROOT, "%nScan / baseline (medians): %.2f%n%n", (double) median(scans) / median(baselines));
        snapStart(acme, work);

        quietScan(work);
    }

    /**
     * Cold starts of ScanFunction reading Entra ID: MSAL4J signing a certificate assertion, the token
     * and Graph over TLS; after a first scan, so that each is an unchanged hourly scan like the rows above.
     */
    private static List<Long> entraColdStarts(Path work) throws IOException {
        try (io.rolecall.connector.entra.testing.GraphStub graph = new io.rolecall.connector.entra.testing.GraphStub()) {
            StackFixture stack = new StackFixture().acmeFromEntra(graph, AwsStubs.connect());
            coldStart("scan", "2026-11-30T06:00:00Z", stack.env, work);
            List<Long> runs = new ArrayList<>();
            for (int i = 0; i < COLD_RUNS; i++) {
                runs.add(coldStart("scan", "2026-11-30T%02d:00:00Z".formatted(7 + i), stack.env, work).result()
                        .path("totalMs").asLong());
            }
            return runs;
        }
    }

    /** Cold starts of the quarterly report, each for a quarter of its own so that each one sends. */
    private static List<Long> quarterlyColdStarts(StackFixture acme, Path work) {
        Map<String, String> env = new HashMap<>(acme.env);
        env.put("ROLECALL_ALLOW_FUTURE_AS_OF", "1");
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            String quarterStart = java.time.LocalDate.of(2027, 1, 1).plusMonths(3L * i) + "T08:00:00Z";
            ColdStartLauncher.Run run = ColdStartLauncher.run(ColdStartLauncher.REPORTS_JAR, ReportColdStart.class,
                    "quarterly", quarterStart, env, work);
            if (run.exitCode() != 0 || !run.result().path("outcome").asText().startsWith("SENT")) {
                throw new IllegalStateException("the quarterly cold start failed:\n" + run.output());
            }
            runs.add(run.result().path("totalMs").asLong());
        }
        return runs;
    }

    /** Cold starts of the acceptance page for Grace's link from the first scan's notice. */
    private static List<Long> pageColdStarts(StackFixture acme, Path work) {
        String notice = SesMailbox.all().stream().filter(email -> email.to().equals(List.of("grace@acme.example")))
                .findFirst().orElseThrow(() -> new IllegalStateException("the first scan sent Grace no notice"))
                .text();
        Matcher link = Pattern.compile("/ack/[A-Za-z0-9_-]+").matcher(notice);
        if (!link.find()) {
            throw new IllegalStateException("no link in the notice:\n" + notice);
        }
        Map<String, String> env = new HashMap<>(acme.env);
        env.put(Variable.PUBLIC_URL.name(), "");
        env.put("TEST_FUNCTION_URL_HOST", StackFixture.FUNCTION_URL_HOST);
        List<Long> pages = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            ColdStartLauncher.Run run = ColdStartLauncher.run(ColdStartLauncher.ACKNOWLEDGE_JAR,
                    AcknowledgeColdStart.class, "get", link.group(), env, work);
            if (run.exitCode() != 0 || !run.result().path("outcome").asText().startsWith("200")) {
                throw new IllegalStateException("the page cold start failed:\n" + run.output());
            }
            pages.add(run.result().path("totalMs").asLong());
        }
        return pages;
    }

    /**
     * What SnapStart leaves of each cold start, imitated in fresh JVMs: Lambda builds the handler and
     * runs its priming once per published version, before the snapshot; a restored environment then
     * pays for the restore (measured on AWS only: see docs) and its first request, which is timed here
     * after the same priming. Without SnapStart the cold start is all of it.
     */
    private static void snapStart(StackFixture acme, Path work) {
        Map<String, String> snapshot = new HashMap<>(acme.env);
        snapshot.put("ROLECALL_ALLOW_FUTURE_AS_OF", "1");
        snapshot.put(Lambda.SNAPSHOT, "1");
        System.out.println("SnapStart, imitated (" + COLD_RUNS + " fresh JVMs each; medians):");
        System.out.println();
        System.out.println("| function | cold start without SnapStart | init and priming, before the snapshot "
                + "| first request after priming |");
        System.out.println("|---|---:|---:|---:|");
        List<ColdStartLauncher.Run> plain = new ArrayList<>();
        List<ColdStartLauncher.Run> primed = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            String hour = "2026-11-30T%02d:30:00Z".formatted(7 + i);
            plain.add(coldStart("scan", hour, acme.env, work));
            primed.add(checked(ColdStartLauncher.run("scan", hour, snapshot, work)));
        }
        snapStartRow("ScanFunction, Acme, unchanged hourly scan", plain, primed);
        plain.clear();
        primed.clear();
        Map<String, String> reports = new HashMap<>(acme.env);
        reports.put("ROLECALL_ALLOW_FUTURE_AS_OF", "1");
        for (int i = 0; i < COLD_RUNS; i++) {
            // A quarter of its own for each run, so that each one sends.
            String plainQuarter = java.time.LocalDate.of(2028, 1, 1).plusMonths(3L * i) + "T08:00:00Z";
            String primedQuarter = java.time.LocalDate.of(2030, 1, 1).plusMonths(3L * i) + "T08:00:00Z";
            plain.add(checked(ColdStartLauncher.run(ColdStartLauncher.REPORTS_JAR, ReportColdStart.class, "quarterly",
                    plainQuarter, reports, work)));
            primed.add(checked(ColdStartLauncher.run(ColdStartLauncher.REPORTS_JAR, ReportColdStart.class, "quarterly",
                    primedQuarter, snapshot, work)));
        }
        snapStartRow("QuarterlyReportFunction, Acme: charts, PDF, email sent, copy kept", plain, primed);
        System.out.println();
    }

    private static ColdStartLauncher.Run checked(ColdStartLauncher.Run run) {
        if (run.exitCode() != 0 || run.result() == null) {
            throw new IllegalStateException("a cold start failed:\n" + run.output());
        }
        return run;
    }

    private static void snapStartRow(String label, List<ColdStartLauncher.Run> plain, List<ColdStartLauncher.Run> primed) {
        System.out.printf(Locale.ROOT, "| %s | %d ms | %d ms | %d ms |%n", label,
                median(plain.stream().map(run -> run.result().path("totalMs").asLong()).toList()),
                median(primed.stream().map(run -> run.result().path("initMs").asLong()
                        + run.result().path("primeMs").asLong()).toList()),
                median(primed.stream().map(run -> run.result().path("firstInvokeMs").asLong()).toList()));
    }

    private static void quietScan(Path work) throws IOException {
        int people = 10_000;
        SyntheticCompany company = new SyntheticCompany(people, 50);
        Path directory = work.resolve("directory.json");
        Path roles = work.resolve("roles.yaml");
        company.writeDirectory(directory, false);
        company.writeRoles(roles);
        StackFixture stack = new StackFixture().upload("roles.yaml", roles).upload("exports/directory.json", directory);
        Wiring wiring = stack.wiring(Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC));
        ScanHandler handler = wiring.scanHandler();

        System.out.println("DynamoDB items written by ScanFunction, " + people + " people, 50 roles (in one JVM):");
        System.out.println();
        System.out.println("| scan | items written | read units (estimate) | wall time |");
        System.out.println("|---|---:|---:|---:|");
        quietRow(handler, "first scan, empty table", "2026-11-30T06:00:00Z");
        quietRow(handler, "an hour later, nothing changed (the rules run again: the notices changed the records)",
                "2026-11-30T07:00:00Z");
        quietRow(handler, "two hours later, nothing changed", "2026-11-30T08:00:00Z");
        quietRow(handler, "next day, nothing changed", "2026-12-01T06:00:00Z");
        ColdStartLauncher.Run cold = coldStart("scan", "2026-12-01T07:00:00Z", stack.env, work);
        System.out.printf(Locale.ROOT, "%nThe same unchanged scan as a cold start (fresh JVM, %d people): %d ms%n",
                people, cold.result().path("totalMs").asLong());
    }

    private static void quietRow(ScanHandler handler, String label, String time) {
        AwsCallRecorder.resetCounts();
        long start = System.nanoTime();
        Map<String, Object> summary = Lambda.invoke(handler, Map.of("time", time), null);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!"SCANNED".equals(summary.get("status"))) {
            throw new IllegalStateException("the scan did not run: " + summary);
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %d ms |%n", label, AwsCallRecorder.itemsWritten(),
                AwsCallRecorder.readUnits(), ms);
    }

    private static ColdStartLauncher.Run coldStart(String mode, String time, Map<String, String> env, Path work) {
        // The runs are dated on fixed days, which may lie ahead of this machine's clock.
        Map<String, String> simulated = new HashMap<>(env);
        simulated.put("ROLECALL_ALLOW_FUTURE_AS_OF", "1");
        ColdStartLauncher.Run run = ColdStartLauncher.run(mode, time, simulated, work);
        if (run.exitCode() != 0 || run.result() == null) {
            throw new IllegalStateException("the " + mode + " cold start failed:\n" + run.output());
        }
        return run;
    }

    private static void row(String label, List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "| %s | %d ms | %d ms | %d ms |%n", label, median(values), sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
