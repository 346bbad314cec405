package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/rolecall as the README runs it, on the jar and the files this build prepared beside it: RoleCall's
 * classes come mapped from the class-data-sharing archive (unless it is switched off), SQLite's library
 * is loaded from cli/target/native instead of being copied into the temp folder, and the result is the
 * same as the plain jar's.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "rolecall").toAbsolutePath().normalize();
    private static final String ACME = "../examples/acme/";

    @TempDir
    Path work;

    private record Run(int exit, String out, String err) {
    }

    private Run launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("ROLECALL_CDS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bin/rolecall ended").isTrue();
        return new Run(process.exitValue(), Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void roleCallsClassesComeFromTheArchiveUnlessItIsSwitchedOff() throws Exception {
        Run archived = launch(Map.of("JAVA_OPTS", "-Xlog:class+load=info"), "--version");
        assertThat(archived.exit()).isZero();
        assertThat(loadedFrom(archived.out(), "io.rolecall.cli.RoleCallCommand")).contains("shared objects file");

        Run plain = launch(Map.of("JAVA_OPTS", "-Xlog:class+load=info", "ROLECALL_CDS", "off"), "--version");
        assertThat(plain.exit()).isZero();
        assertThat(loadedFrom(plain.out(), "io.rolecall.cli.RoleCallCommand")).contains("rolecall.jar")
                .doesNotContain("shared objects file");
    }

    @Test
    void sqliteLoadsFromThePreparedFolderSoThatATempFolderThatCannotBeWrittenDoesNotMatter() throws Exception {
        // sqlite-jdbc on its own copies its library into the temp folder; here that is a file, not a folder.
        Path notAFolder = Files.writeString(work.resolve("not-a-folder"), "");
        String[] scan = {"scan", "--directory", Path.of(ACME, "directory.json").toAbsolutePath().toString(),
                "--roles", Path.of(ACME, "roles.yaml").toAbsolutePath().toString(), "--as-of", "2026-11-30",
                "--format", "json", "--state"};
        Run launched = launch(Map.of("JAVA_OPTS", "-Djava.io.tmpdir=" + notAFolder), append(scan,
                work.resolve("state").toString()));
        assertThat(launched.exit()).as(launched.err()).isZero();
        assertThat(launched.out()).contains("\"organisation\" : \"Acme");

        // The plain jar copies the library out, so it cannot start there, and says so in one line with the remedy.
        List<String> plain = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + notAFolder, "-jar", Path.of("target", "rolecall.jar")
                .toAbsolutePath().toString()));
        plain.addAll(List.of(append(scan, work.resolve("plain-state").toString())));
        Process process = new ProcessBuilder(plain).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(err.strip()).startsWith("rolecall: SQLite's native library could not be loaded.")
                .contains(notAFolder.toString(), "bin/rolecall", "-Djava.io.tmpdir").doesNotContain("\n", "Exception");

        // With a usable temp folder the plain jar finds exactly what the launcher found.
        Path temp = Files.createDirectories(work.resolve("tmp"));
        Process usable = new ProcessBuilder(plain.stream().map(arg -> arg.equals("-Djava.io.tmpdir=" + notAFolder)
                ? "-Djava.io.tmpdir=" + temp : arg).toList())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(usable.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(usable.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo(launched.out());
    }

    private static String[] append(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    /** Where the JVM's class-loading log says {@code className} came from. */
    private static String loadedFrom(String log, String className) {
        return log.lines().filter(line -> line.contains(" " + className + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(className + " is not in the class-loading log"));
    }
}
