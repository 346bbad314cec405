package io.rolecall.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link ColdStart}, {@link ReportColdStart} or {@link AcknowledgeColdStart} in a fresh JVM on one shaded jar (those the
 * Makefile gives sam build), with only the environment it is given, and the JVM flags Lambda's Java
 * runtimes use by default.
 */
final class ColdStartLauncher {

    /** ScanFunction's package. */
    static final Path SCAN_JAR = Path.of("../scan/target/rolecall-scan.jar");
    /** The report functions' package. */
    static final Path REPORTS_JAR = Path.of("../reports/target/rolecall-reports.jar");
    /** AcknowledgeFunction's package. */
    static final Path ACKNOWLEDGE_JAR = Path.of("../acknowledge/target/rolecall-acknowledge.jar");

    /** The package sam build gives a function of template.yaml. */
    static Path jarOf(String functionId) {
        return switch (functionId) {
            case "ScanFunction" -> SCAN_JAR;
            case "AcknowledgeFunction" -> ACKNOWLEDGE_JAR;
            default -> REPORTS_JAR;
        };
    }

    /** Lambda's java21 runtime defaults: C1 only (fast start) and the serial collector. */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx896m");

    record Run(int exitCode, JsonNode result, String output, long wallMs) {
    }

    private ColdStartLauncher() {
    }

    /** Runs one cold start of ScanFunction's {@code mode} (scan or baseline) counting as the scheduled {@code time}. */
    static Run run(String mode, String time, Map<String, String> environment, Path work) {
        return run(SCAN_JAR, ColdStart.class, mode, time, environment, work);
    }

    /** Runs {@code main} on {@code jar} alone, plus that one class and {@link Lambda}, which invokes the handler. */
    static Run run(Path jar, Class<?> main, String mode, String time, Map<String, String> environment, Path work) {
        try {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run mvn package first");
            }
            Path classes = work.resolve("classes-" + main.getSimpleName());
            for (Class<?> taken : List.of(main, Lambda.class)) {
                Path classFile = classes.resolve(taken.getName().replace('.', '/') + ".class");
                Files.createDirectories(classFile.getParent());
                try (InputStream in = taken.getResourceAsStream(taken.getSimpleName() + ".class")) {
                    Files.copy(in, classFile, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path result = work.resolve(mode + "-result.json");
            Path output = work.resolve(mode + "-output.log");
            Files.deleteIfExists(result);
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(LAMBDA_JVM_FLAGS);
            command.addAll(List.of("-cp", jar.toAbsolutePath() + File.pathSeparator + classes.toAbsolutePath(),
                    main.getName(), mode, result.toAbsolutePath().toString(), time));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the cold start did not finish in 3 minutes; see " + output);
            }
            long wallMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            JsonNode parsed = Files.exists(result) ? new ObjectMapper().readTree(result.toFile()) : null;
            return new Run(process.exitValue(), parsed, Files.readString(output), wallMs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
