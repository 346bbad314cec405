package io.rolecall.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import io.rolecall.infra.awstesting.SamTemplate;
import io.rolecall.infra.awstesting.SesMailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artifacts sam build packages: ScanFunction's shaded jar, the report functions' one and
 * AcknowledgeFunction's, each holding its handlers, the logging set-up and its libraries, and running
 * from the environment alone, the report and acknowledge jars with no connector in them. Run in fresh
 * JVMs over the emulators.
 */
class ShadedJarIT {

    @TempDir
    Path work;

    @Test
    void eachJarHoldsItsFunctionsHandlersAndTheLoggingSetUp() throws IOException {
        SamTemplate template = SamTemplate.load();
        for (String function : template.resourcesOfType("AWS::Serverless::Function")) {
            Path jarFile = ColdStartLauncher.jarOf(function);
            try (ZipFile jar = new ZipFile(jarFile.toFile())) {
                String handler = String.valueOf(template.properties(function).get("Handler"));
                String entry = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
                assertThat(jar.getEntry(entry)).as(function + " handler " + entry + " in " + jarFile).isNotNull();
                assertThat(List.of("log4j2.xml", "rolecall-log.json",
                        "META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat"))
                        .allSatisfy(name -> assertThat(jar.getEntry(name)).as(name).isNotNull());
            }
        }
    }

    @Test
    void theReportAndAcknowledgeJarsCarryNoConnectorNoDirectorySdkAndStaySmall() throws IOException {
        for (Path jarFile : List.of(ColdStartLauncher.REPORTS_JAR, ColdStartLauncher.ACKNOWLEDGE_JAR)) {
            // The reports jar carries the channels beside email (the weekly's digest), never a directory source.
            boolean reports = jarFile.equals(ColdStartLauncher.REPORTS_JAR);
            try (ZipFile jar = new ZipFile(jarFile.toFile())) {
                assertThat(jar.stream().map(java.util.zip.ZipEntry::getName)).as(jarFile.toString())
                        .noneMatch(name -> name.startsWith("io/rolecall/connector/") && !(reports && name.matches(
                                "io/rolecall/connector/((support|slack|teams|jira)(/.*)?)?")) || name.startsWith("com/okta/")
                                || name.startsWith("com/google/api/services/") || name.startsWith("org/bouncycastle/")
                                || name.startsWith("software/amazon/awssdk/services/s3/")
                                || name.startsWith("io/rolecall/functions/ScanHandler"));
            }
        }
        // The reports jar carries JFreeChart, PDFBox and openhtmltopdf for the charts and the board pack.
        assertThat(java.nio.file.Files.size(ColdStartLauncher.REPORTS_JAR)).isLessThan(30_000_000L);
        assertThat(java.nio.file.Files.size(ColdStartLauncher.ACKNOWLEDGE_JAR)).isLessThan(20_000_000L);
        // 40 MB until Entra ID came in: MSAL4J and azure-json add 0.6 MB (the Graph SDK would add 58 MB).
        assertThat(java.nio.file.Files.size(ColdStartLauncher.SCAN_JAR)).isLessThan(41_000_000L);
    }

    @Test
    void aFreshJvmOnTheAcknowledgeJarAloneShowsAHolderTheirPageFromTheirNotice() {
        AwsStubs aws = AwsStubs.connect();
        StackFixture stack = new StackFixture().acme();
        StackFixture.linkSecret(aws);
        SesMailbox.clear();
        assertThat(ColdStartLauncher.run("scan", "2026-11-30T06:00:00Z", stack.env, work).exitCode()).isZero();
        String notice = SesMailbox.all().stream().filter(email -> email.to().equals(List.of("grace@acme.example")))
                .findFirst().orElseThrow().text();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/ack/[A-Za-z0-9_-]+").matcher(notice);
        assertThat(link.find()).isTrue();
        java.util.Map<String, String> env = new java.util.HashMap<>(stack.env);
        env.put(Variable.PUBLIC_URL.name(), "");
        env.put("TEST_FUNCTION_URL_HOST", StackFixture.FUNCTION_URL_HOST);

        ColdStartLauncher.Run run = ColdStartLauncher.run(ColdStartLauncher.ACKNOWLEDGE_JAR,
                AcknowledgeColdStart.class, "get", link.group(), env, work);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.result().path("outcome").asText()).as(run.output()).isEqualTo("200 names the role");
        assertThat(run.output()).as("logs name no person and no link").doesNotContain("@acme.example")
                .doesNotContain(link.group());
    }

    @Test
    void aFreshJvmOnTheReportJarAloneSendsTheWeeklyReport() {
        AwsStubs aws = AwsStubs.connect();
        StackFixture stack = new StackFixture().acme();
        StackFixture.linkSecret(aws);
        assertThat(ColdStartLauncher.run("scan", "2026-11-30T06:00:00Z", stack.env, work).exitCode()).isZero();

        ColdStartLauncher.Run run = ColdStartLauncher.run(ColdStartLauncher.REPORTS_JAR, ReportColdStart.class,
                "weekly", "2026-11-30T08:00:00Z", stack.env, work);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.result().path("outcome").asText()).isEqualTo("SENT weekly-2026-W49");
        assertThat(run.output()).as("logs name no person").doesNotContain("@acme.example");
    }

    @Test
    void aFreshJvmOnTheReportJarAloneDrawsTheQuarterlysChartsAndPrintsItsPdfInItsBundledFont() {
        AwsStubs aws = AwsStubs.connect();
        StackFixture stack = new StackFixture().acme();
        StackFixture.linkSecret(aws);
        assertThat(ColdStartLauncher.run("scan", "2026-09-15T06:00:00Z", stack.env, work).exitCode()).isZero();
        assertThat(ColdStartLauncher.run("scan", "2026-11-30T06:00:00Z", stack.env, work).exitCode()).isZero();
        SesMailbox.clear();

        ColdStartLauncher.Run run = ColdStartLauncher.run(ColdStartLauncher.REPORTS_JAR, ReportColdStart.class,
                "quarterly", "2026-11-30T08:00:00Z", stack.env, work);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.result().path("outcome").asText()).isEqualTo("SENT quarterly-2026-Q4");
        SesMailbox.Received quarterly = SesMailbox.all().stream()
                .filter(email -> email.subject().startsWith("RoleCall quarterly")).findFirst().orElseThrow();
        assertThat(quarterly.attachments()).contains("chart-coverage-2026-Q4.png", "chart-open-gaps-2026-Q4.png",
                "quarterly-2026-Q4.pdf", "raci-matrix-2026-Q4.csv");
        // The emulator's store shows inline parts resolved into the HTML; the alt text says which chart.
        assertThat(quarterly.html()).contains("alt=\"Role and backup coverage, Q3 2026 to Q4 2026: ",
                "alt=\"Open gaps by severity, Q3 2026 to Q4 2026: ");
        assertThat(quarterly.text()).contains("TRENDS BY QUARTER", "Q3 2026", "Q4 2026");
    }

    /**
     * Each jar alone runs its SnapStart priming, as Lambda does before the snapshot (CRaC's hooks, run
     * here without a checkpoint), and then serves its first request from the primed state.
     */
    @Test
    void everyJarAlonePrimesItselfForItsSnapshotAndThenServes() {
        AwsStubs aws = AwsStubs.connect();
        StackFixture stack = new StackFixture().acme();
        StackFixture.linkSecret(aws);
        java.util.Map<String, String> snapshot = new java.util.HashMap<>(stack.env);
        snapshot.put(Lambda.SNAPSHOT, "1");

        ColdStartLauncher.Run scan = ColdStartLauncher.run("scan", "2026-11-30T06:00:00Z", snapshot, work);
        ColdStartLauncher.Run quarterly = ColdStartLauncher.run(ColdStartLauncher.REPORTS_JAR, ReportColdStart.class,
                "quarterly", "2026-11-30T08:00:00Z", snapshot, work);

        for (ColdStartLauncher.Run run : List.of(scan, quarterly)) {
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains("\"message\":\"primed for the snapshot\"")
                    .doesNotContain("priming failed");
            assertThat(run.result().path("primeMs").asLong()).isPositive();
        }
        assertThat(scan.result().path("outcome").asText()).isEqualTo("SCANNED 40 people");
        assertThat(quarterly.result().path("outcome").asText()).isEqualTo("SENT quarterly-2026-Q4");
    }

    @Test
    void aFreshJvmOnTheJarAloneRunsAScheduledScanAndLogsJsonWithoutPersonalData() {
        AwsStubs aws = AwsStubs.connect();
        StackFixture stack = new StackFixture().acme();
        StackFixture.linkSecret(aws);

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

    /**
     * The scan jar keeps only the classes of Bouncy Castle, Guava and others that RoleCall reaches, so
     * each directory provider runs on it in a fresh JVM: Okta signing in with a private key (PEM
     * parsing and JWT signing), Google with a service account key (a signed JWT grant).
     */
    @Test
    void aFreshJvmOnTheScanJarReadsOktaWithAPrivateKeyAndGoogleWithAServiceAccount() throws Exception {
        AwsStubs aws = AwsStubs.connect();
        com.github.tomakehurst.wiremock.WireMockServer stubs = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort()
                        .bindAddress("127.0.0.1"));
        stubs.start();
        try {
            io.rolecall.connector.okta.testing.OktaStub okta = new io.rolecall.connector.okta.testing.OktaStub(
                    stubs, java.time.Instant.now());
            okta.users(List.of(io.rolecall.connector.okta.testing.OktaStub.user("00u1", "ada@acme.example", "ACTIVE"),
                    io.rolecall.connector.okta.testing.OktaStub.user("00u2", "grace@acme.example", "ACTIVE")), List.of());
            okta.tokenEndpoint("okta-access-token");
            StackFixture.linkSecret(aws);
            for (String group : List.of("isms-deputies", "isms-incident", "awareness-champions")) {
                okta.noGroupNamed(group);
            }
            aws.secret(StackFixture.SECRET_ARN, new ObjectMapper().writeValueAsString(java.util.Map.of(
                    "oktaClientId", "0oa-rolecall", "oktaPrivateKey", privateKeyPem())));
            StackFixture oktaStack = new StackFixture().acme();
            oktaStack.env.put(Variable.DIRECTORY_PROVIDER.name(), "okta");
            oktaStack.env.put(Variable.OKTA_ORG_URL.name(), okta.orgUrl());
            oktaStack.env.put("OKTA_TESTING_DISABLEHTTPSCHECK", "true");

            ColdStartLauncher.Run oktaRun = ColdStartLauncher.run("scan", "2026-11-30T06:00:00Z", oktaStack.env,
                    work.resolve("okta"));

            assertThat(oktaRun.exitCode()).as(oktaRun.output()).isZero();
            assertThat(oktaRun.result().path("outcome").asText()).isEqualTo("SCANNED 2 people");
            stubs.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/v1/users"))
                    .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                            "Bearer okta-access-token")));

            io.rolecall.connector.google.testing.GoogleStub google =
                    new io.rolecall.connector.google.testing.GoogleStub(stubs);
            google.tokenEndpoint("ya29.google-access-token");
            google.users(List.of(io.rolecall.connector.google.testing.GoogleStub.user("1", "ada@acme.example")),
                    List.of());
            for (String group : List.of("isms-deputies", "isms-incident", "awareness-champions")) {
                google.noGroup(group);
            }
            aws.secret(StackFixture.SECRET_ARN, new ObjectMapper().writeValueAsString(java.util.Map.of(
                    "googleServiceAccountKey", google.serviceAccountKey())));
            StackFixture googleStack = new StackFixture().acme();
            googleStack.env.put(Variable.DIRECTORY_PROVIDER.name(), "google");
            googleStack.env.put(Variable.GOOGLE_ADMIN_EMAIL.name(), "admin@acme.example");
            googleStack.env.put("ROLECALL_GOOGLE_ROOT_URL", google.rootUrl());

            ColdStartLauncher.Run googleRun = ColdStartLauncher.run("scan", "2026-11-30T06:00:00Z",
                    googleStack.env, work.resolve("google"));

            assertThat(googleRun.exitCode()).as(googleRun.output()).isZero();
            assertThat(googleRun.result().path("outcome").asText()).isEqualTo("SCANNED 1 people");
        } finally {
            stubs.stop();
        }
    }

    /** Entra ID over the HTTPS Graph stub, MSAL4J signing a certificate assertion, in the shaded jar alone. */
    @Test
    void aFreshJvmOnTheScanJarReadsEntraIdWithACertificate() throws Exception {
        AwsStubs aws = AwsStubs.connect();
        try (io.rolecall.connector.entra.testing.GraphStub graph = new io.rolecall.connector.entra.testing.GraphStub()) {
            StackFixture entraStack = new StackFixture().acmeFromEntra(graph, aws);

            ColdStartLauncher.Run run = ColdStartLauncher.run("scan", "2026-11-30T06:00:00Z", entraStack.env,
                    work.resolve("entra"));

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.result().path("outcome").asText()).isEqualTo("SCANNED 2 people");
            graph.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/"
                                    + io.rolecall.connector.entra.testing.GraphStub.TENANT + "/oauth2/v2.0/token"))
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("client_assertion=")));
        }
    }

    private static String privateKeyPem() throws java.security.NoSuchAlgorithmException {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] key = generator.generateKeyPair().getPrivate().getEncoded();
        return "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(key) + "\n-----END PRIVATE KEY-----\n";
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
