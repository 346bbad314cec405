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
 * Starts {@link ColdStart} in a fresh JVM on the shaded jar (the one the Makefile gives sam build), with
 * only the environment it is given, and the JVM flags Lambda's Java runtimes use by default.
 */
final class ColdStartLauncher {

    static final Path JAR = Path.of("target/rolecall-functions.jar");

    /** Lambda's java21 runtime defaults: C1 only (fast start) and the serial collector. */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx896m");

    record Run(int exitCode, JsonNode result, String output, long wallMs) {
    }

    private ColdStartLauncher() {
    }

    /** Runs one cold start of {@code mode} (scan or baseline) counting as the scheduled {@code time}. */
    static Run run(String mode, String time, Map<String, String> environment, Path work) {
        try {
            if (!Files.isRegularFile(JAR)) {
                throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run mvn package first");
            }
            Path classes = work.resolve("classes");
            Path classFile = classes.resolve("io/rolecall/functions/ColdStart.class");
            Files.createDirectories(classFile.getParent());
            try (InputStream in = ColdStart.class.getResourceAsStream("ColdStart.class")) {
                Files.copy(in, classFile, StandardCopyOption.REPLACE_EXISTING);
            }
            Path result = work.resolve(mode + "-result.json");
            Path output = work.resolve(mode + "-output.log");
            Files.deleteIfExists(result);
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(LAMBDA_JVM_FLAGS);
            command.addAll(List.of("-cp", JAR.toAbsolutePath() + File.pathSeparator + classes.toAbsolutePath(),
                    ColdStart.class.getName(), mode, result.toAbsolutePath().toString(), time));
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
