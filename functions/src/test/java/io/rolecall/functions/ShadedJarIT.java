package io.rolecall.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artifact sam build packages: one shaded jar that must hold every handler, its logging set-up,
 * and every library, and run from the environment alone. Run in a fresh JVM over the emulators.
 */
class ShadedJarIT {

    @TempDir
    Path work;

    @Test
    void theJarHoldsEveryHandlerTheTemplateNamesAndTheLoggingSetUp() throws IOException {
        SamTemplate template = SamTemplate.load();
        try (ZipFile jar = new ZipFile(ColdStartLauncher.JAR.toFile())) {
            for (String function : template.resourcesOfType("AWS::Serverless::Function")) {
                String handler = String.valueOf(template.properties(function).get("Handler"));
                String entry = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
                assertThat(jar.getEntry(entry)).as(function + " handler " + entry).isNotNull();
            }
            assertThat(List.of("log4j2.xml", "rolecall-log.json",
                    "META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat"))
                    .allSatisfy(name -> assertThat(jar.getEntry(name)).as(name).isNotNull());
        }
    }

    @Test
    void aFreshJvmOnTheJarAloneRunsAScheduledScanAndLogsJsonWithoutPersonalData() {
        AwsStubs aws = AwsStubs.connect();
        StackFixture stack = new StackFixture().acme();

        ColdStartLauncher.Run run = ColdStartLauncher.run("scan", "2026-11-30T06:00:00Z", stack.env, work);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.result().path("outcome").asText()).isEqualTo("SCANNED 40 people");
        assertThat(aws.events("RoleCall Finding Opened")).isNotEmpty();
        List<JsonNode> logLines = run.output().lines().filter(line -> line.startsWith("{")).map(ShadedJarIT::json)
                .toList();
        assertThat(logLines).anySatisfy(line -> {
            assertThat(line.path("message").asText()).isEqualTo("scan finished");
            assertThat(line.path("function").asText()).isEqualTo("scan");
            assertThat(line.path("people").asText()).isEqualTo("40");
        });
        assertThat(run.output()).as("logs name no person").doesNotContain("@acme.example");
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
