package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rolecall serve} as a process: it starts, answers, and stops cleanly on SIGTERM, leaving the state usable. */
class ServeProcessTest {

    private static final String ACME = "../examples/acme/";

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheServerAtOnceAndLeavesTheStateToTheNextCommand() throws Exception {
        String state = dir.resolve("state").toString();
        assertThat(Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                "--state", state, "--format", "json").exitCode()).isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dir.resolve("serve.out");
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RoleCallCommand.class.getName(), "serve", "--state", state, "--port", "0", "--public-url",
                "https://roles.acme.example").redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            // Waits for the whole line: reading while it is being written would see part of it.
            for (int waited = 0; !Files.readString(output).contains("Stop with Ctrl-C."); waited += 50) {
                assertThat(waited).as("rolecall serve started, printing: %s", Files.readString(output))
                        .isLessThan(20_000);
                Thread.sleep(50);
            }
            String started = Files.readString(output);
            Matcher port = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/ack/").matcher(started);
            assertThat(port.find()).as(started).isTrue();
            HttpResponse<String> notFound = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port.group(1) + "/ack/not-a-token")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(notFound.statusCode()).isEqualTo(404);

            serve.destroy();

            assertThat(serve.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s of SIGTERM").isTrue();
            assertThat(serve.exitValue()).as("the JVM's exit on SIGTERM, after its shutdown hook").isEqualTo(143);
            assertThat(Files.readString(output)).as("nothing printed while stopping").isEqualTo(started);
        } finally {
            serve.destroyForcibly();
        }
        assertThat(Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                "--state", state, "--format", "json").exitCode()).isZero();
    }
}
