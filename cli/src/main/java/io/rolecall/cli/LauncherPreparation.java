package io.rolecall.cli;

import io.rolecall.infra.local.SqliteLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the build prepares, on the machine it runs on, for {@code bin/rolecall} to start fast:
 * <ul>
 * <li>SQLite's native library for this machine, in {@code target/native}, which the launcher points
 * sqlite-jdbc at instead of letting it copy the library out of the jar on every start;</li>
 * <li>the class-data-sharing archive: this main runs in a JVM started with
 * {@code -XX:ArchiveClassesAtExit}, and runs the commands people run most on the Acme example, in a
 * folder of its own that is deleted afterwards. Every class they load is archived ready to map, so
 * that a later command does not read and verify it from the jar again.</li>
 * </ul>
 */
public final class LauncherPreparation {

    private LauncherPreparation() {
    }

    /** @param args the Acme example's folder, and the folder for the native library */
    public static void main(String[] args) throws IOException {
        Path acme = Path.of(args[0]);
        SqliteLibrary.extract(Path.of(args[1]));
        Path work = Files.createTempDirectory("rolecall-cds-training");
        try {
            String state = work.resolve("state").toString();
            String outbox = work.resolve("outbox").toString();
            String roles = acme.resolve("roles.yaml").toString();
            String directory = acme.resolve("directory.json").toString();
            List<List<String>> commands = List.of(
                    List.of("scan", "--directory", acme.resolve("history/directory-2026-08-03.json").toString(),
                            "--roles", roles, "--state", state, "--as-of", "2026-08-03", "--format", "json"),
                    List.of("scan", "--directory", directory, "--roles", roles, "--state", state, "--as-of",
                            "2026-11-30"),
                    List.of("scan", "--directory", directory, "--roles", roles, "--state", state, "--as-of",
                            "2026-11-30", "--format", "json"),
                    List.of("notify", "--state", state, "--as-of", "2026-11-30", "--public-url",
                            "http://127.0.0.1:8080", "--out", outbox),
                    List.of("report", "weekly", "--state", state, "--as-of", "2026-11-30", "--out", outbox),
                    List.of("report", "quarterly", "--state", state, "--as-of", "2026-11-30", "--out", outbox),
                    List.of("findings", "--state", state, "--as-of", "2026-11-30"),
                    List.of("acknowledgements", "--state", state, "--as-of", "2026-11-30"),
                    List.of("calendar", "--state", state, "--as-of", "2026-11-30"),
                    List.of("nc", "list", "--state", state),
                    List.of("raci", "--roles", roles, "--directory", directory, "--format", "md"),
                    List.of("config", "check", roles, "--state", state, "--as-of", "2026-11-30"));
            for (List<String> command : commands) {
                int exit = RoleCallCommand.commandLine(Map.of("ROLECALL_ALLOW_FUTURE_AS_OF", "1"), Writer.nullWriter(),
                        Writer.nullWriter()).execute(command.toArray(String[]::new));
                if (exit != RoleCallCommand.EXIT_OK) {
                    throw new IllegalStateException("the training command 'rolecall " + String.join(" ", command)
                            + "' ended with exit " + exit);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> {
                    try {
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
