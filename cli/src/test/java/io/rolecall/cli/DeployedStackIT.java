package io.rolecall.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.rolecall.connector.file.ExportFileDirectorySource;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.FindingEvents;
import io.rolecall.core.port.Storage;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.NonconformityUseCase;
import io.rolecall.core.usecase.ScanRequest;
import io.rolecall.core.usecase.ScanUseCase;
import io.rolecall.infra.awstesting.Emulators;
import io.rolecall.infra.awstesting.Tables;
import io.rolecall.infra.awstesting.TestClients;
import io.rolecall.infra.dynamodb.DynamoDbStorage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The CLI on a deployed stack: the stack's outputs come from CloudFormation (a WireMock stub that
 * answers DescribeStacks in the query protocol's XML, because none of the emulators here has
 * CloudFormation), the state from its table on the DynamoDB emulator, and who a change is by from
 * STS (stubbed the same way). The table holds Acme scanned on 2026-08-03 and 2026-09-15, with the
 * NCs the ScanFunction would have raised.
 */
class DeployedStackIT {

    private static final String ACME = "../examples/acme/";
    private static final String CALLER = "arn:aws:sts::123456789012:assumed-role/ComplianceManager/ada";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoDbClient dynamoDb = TestClients.dynamoDb();
    private final String stack = "rolecall-it-" + UUID.randomUUID().toString().substring(0, 8);
    private String table;

    @TempDir
    Path dir;

    @BeforeEach
    void deployAStackWithAcmesState() throws Exception {
        table = Tables.createFresh(dynamoDb);
        URI stubs = Emulators.endpoint("CLOUDFORMATION");
        WireMock wireMock = new WireMock(stubs.getHost(), stubs.getPort());
        wireMock.register(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeStacks"))
                .withRequestBody(containing("StackName=" + stack))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("""
                        <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                          <DescribeStacksResult><Stacks><member>
                            <StackName>%s</StackName>
                            <StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/%s/1</StackId>
                            <CreationTime>2026-07-01T00:00:00Z</CreationTime>
                            <StackStatus>UPDATE_COMPLETE</StackStatus>
                            <Outputs>
                              <member><OutputKey>StateTable</OutputKey><OutputValue>%s</OutputValue></member>
                              <member><OutputKey>ConfigBucket</OutputKey><OutputValue>rolecall-config</OutputValue></member>
                            </Outputs>
                          </member></Stacks></DescribeStacksResult>
                          <ResponseMetadata><RequestId>1</RequestId></ResponseMetadata>
                        </DescribeStacksResponse>""".formatted(stack, stack, table))));
        wireMock.register(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeStacks"))
                .withRequestBody(containing("StackName=rolecall-missing"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml").withBody("""
                        <ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                          <Error><Type>Sender</Type><Code>ValidationError</Code>
                          <Message>Stack with id rolecall-missing does not exist</Message></Error>
                          <RequestId>2</RequestId>
                        </ErrorResponse>""")));
        wireMock.register(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("""
                        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <GetCallerIdentityResult><Arn>%s</Arn><UserId>AROAEXAMPLE:ada</UserId>
                          <Account>123456789012</Account></GetCallerIdentityResult>
                          <ResponseMetadata><RequestId>3</RequestId></ResponseMetadata>
                        </GetCallerIdentityResponse>""".formatted(CALLER))));

        Storage storage = DynamoDbStorage.create(dynamoDb, table).storage();
        AsOfRules rules = new AsOfRules(Clock.systemUTC(), true);
        ScanUseCase scans = new ScanUseCase(storage, FindingEvents.NONE, rules);
        NonconformityUseCase register = new NonconformityUseCase(storage, rules);
        String roles = Files.readString(Path.of(ACME + "roles.yaml"));
        for (String day : List.of("2026-08-03", "2026-09-15")) {
            register.afterScan(scans.scan(ScanRequest.of(new CatalogueSource("roles.yaml", roles),
                    ExportFileDirectorySource.of(Path.of(ACME + "history/directory-2026-08-03.json")).read(),
                    "export", LocalDate.parse(day), false)));
        }
    }

    private Cli cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--stack", stack, "--region", Emulators.REGION));
        return AwsCalls.during(() -> Cli.run(all.toArray(String[]::new)));
    }

    @Test
    void findingsAreReadFromTheStacksTable() throws Exception {
        Cli findings = cli("findings", "--format", "json", "--as-of", "2026-09-15");

        assertThat(findings.exitCode()).as(findings.err()).isZero();
        JsonNode list = JSON.readTree(findings.out()).get("findings");
        assertThat(list).isNotEmpty().allSatisfy(f -> assertThat(f.get("status").asText()).isEqualTo("OPEN"));
        Cli accepted = cli("findings", "--status", "ACCEPTED");
        assertThat(accepted.out()).contains("ROLE_CONCENTRATION", "ada-holds-four-roles");
    }

    @Test
    void theRegisterIsReadAndChangedOnTheStackWithTheCallersPrincipalAsWhoChangedIt() throws Exception {
        Cli list = cli("nc", "list", "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(JSON.readTree(list.out()).get("nonconformities")).hasSize(12);

        Cli update = cli("nc", "update", "NC-2026-005", "--root-cause", "Service accounts listed as backups",
                "--action", "Name a person", "--owner", "it-admin", "--target", "2026-10-15", "--as-of", "2026-09-16");
        assertThat(update.exitCode()).as(update.err()).isZero();
        assertThat(update.out()).contains("ACTION_PLANNED", CALLER);

        Cli raised = cli("nc", "raise", "--finding", findingId("ROLE_REVIEW_OVERDUE"), "--note", "From the review",
                "--by", "grace@acme.example", "--as-of", "2026-09-16");
        assertThat(raised.exitCode()).as(raised.err()).isZero();
        assertThat(raised.out()).contains("NC-2026-013");

        Storage storage = DynamoDbStorage.create(dynamoDb, table).storage();
        assertThat(storage.nonconformities().find("NC-2026-005").orElseThrow().history())
                .anySatisfy(e -> assertThat(e.by()).isEqualTo(CALLER));
        assertThat(storage.nonconformities().find("NC-2026-013").orElseThrow().history().get(0).by())
                .isEqualTo("grace@acme.example");
    }

    private String findingId(String kind) throws Exception {
        for (JsonNode f : JSON.readTree(cli("findings", "--format", "json").out()).get("findings")) {
            if (f.get("kind").asText().equals(kind)) {
                return f.get("id").asText();
            }
        }
        throw new AssertionError("no " + kind);
    }

    @Test
    void theCalendarIsKeptOnTheStack() throws Exception {
        Cli done = cli("activity", "done", "internal-audit", "--on", "2026-09-10", "--evidence", "https://wiki/audit",
                "--as-of", "2026-09-15");
        Path csv = Files.writeString(dir.resolve("lms.csv"), "person,role,completedOn,evidence\n"
                + "dan@acme.example,incident-response-lead,2026-09-01,LMS 1\n");
        Cli imported = cli("training", "import", csv.toString(), "--as-of", "2026-09-15");
        Cli calendar = cli("calendar", "--format", "json", "--as-of", "2026-09-15");

        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode json = JSON.readTree(calendar.out());
        assertThat(json.get("activities")).anySatisfy(a -> {
            assertThat(a.get("id").asText()).isEqualTo("internal-audit");
            assertThat(a.get("lastDone").asText()).isEqualTo("2026-09-10");
        });
        assertThat(DynamoDbStorage.create(dynamoDb, table).storage().calendar().records().training())
                .singleElement().satisfies(t -> assertThat(t.by()).isEqualTo(CALLER));
    }

    @Test
    void aReportPreviewIsWrittenToOutAndMarksNothingSentWhileSendingIsLeftToTheStack() throws Exception {
        Path out = dir.resolve("preview");

        Cli preview = cli("report", "weekly", "--preview", "--out", out.toString(), "--as-of", "2026-09-15");
        Cli again = cli("report", "weekly", "--preview", "--out", out.toString(), "--as-of", "2026-09-15");
        Cli send = cli("report", "weekly", "--out", out.toString(), "--as-of", "2026-09-15");

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(Files.readString(out.resolve("weekly-2026-W38.txt"))).contains("NONCONFORMITIES THAT NEED ACTION");
        assertThat(again.exitCode()).isZero();
        assertThat(DynamoDbStorage.create(dynamoDb, table).reportLog().find("weekly-2026-W38"))
                .as("a preview neither claims nor marks the period, so the stack's own report still goes out").isEmpty();
        assertThat(send.exitCode()).isEqualTo(RoleCallCommand.EXIT_INVALID_INPUT);
        assertThat(send.err()).contains("add --preview");
    }

    @Test
    void theRaciTheAcknowledgementsAndTheApprovalsComeFromTheStacksLatestScan() {
        Cli raci = cli("raci");
        Cli acknowledgements = cli("acknowledgements", "--as-of", "2026-09-15");

        assertThat(raci.exitCode()).as(raci.err()).isZero();
        assertThat(raci.out()).contains("Respond to information security incidents");
        assertThat(acknowledgements.exitCode()).as(acknowledgements.err()).isZero();
        assertThat(acknowledgements.out()).contains("ada@acme.example");
        Cli approvals = cli("approvals", "--as-of", "2026-09-15");
        assertThat(approvals.exitCode()).as(approvals.err()).isZero();
        assertThat(approvals.out()).contains("security-policy (Information security policy), version 4.0: PENDING",
                "missing:     grace@acme.example");
    }

    @Test
    void theEvidencePackIsBuiltFromTheStacksRecords() throws Exception {
        Path zip = dir.resolve("evidence.zip");

        Cli evidence = cli("evidence", "--from", "2026-07-01", "--to", "2026-09-30", "--out", zip.toString());

        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(file.getEntry("nonconformities.csv")).isNotNull();
            assertThat(new String(file.getInputStream(file.getEntry("nonconformities.csv")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("NC-2026-001");
            // s3rver keeps no versions (405 to ListObjectVersions): the pack says so and holds what the scans read.
            assertThat(new String(file.getInputStream(file.getEntry("index.html")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("The uploaded versions of roles.yaml in "
                    + "s3://rolecall-config/roles.yaml", "The pack holds the versions the scans read instead");
            assertThat(java.util.Collections.list(file.entries())).anyMatch(e -> e.getName().startsWith("roles-yaml/"));
        }
        assertThat(AwsCalls.lastActions()).contains("s3:ListBucketVersions");
    }

    @Test
    void aStackThatDoesNotExistIsNamedWithWhatToCheck() {
        Cli missing = AwsCalls.during(() -> Cli.run("findings", "--stack", "rolecall-missing", "--region",
                Emulators.REGION));

        assertThat(missing.exitCode()).isEqualTo(RoleCallCommand.EXIT_INVALID_INPUT);
        assertThat(missing.err()).contains("there is no stack named rolecall-missing", "--region");
    }

    @Test
    void aChangeOnTheStackReadsItsOutputsAndItsTableAndWritesThroughThePolicy() throws Exception {
        String finding = findingId("ROLE_REVIEW_OVERDUE");

        Cli raised = cli("nc", "raise", "--finding", finding, "--note", "From the review", "--as-of", "2026-09-16");

        assertThat(raised.exitCode()).as(raised.err()).isZero();
        assertThat(AwsCalls.lastActions()).contains("cloudformation:DescribeStacks", "dynamodb:Query",
                "dynamodb:PutItem");
    }

    @Test
    void aHandoverIsCalledOffOnTheStackThroughThePolicy() {
        Storage storage = DynamoDbStorage.create(dynamoDb, table).storage();
        Handover proposed = Handover.propose("people-lead", Email.of("frank@acme.example"),
                Email.of("gina@acme.example"), LocalDate.parse("2026-12-15"), LocalDate.parse("2026-09-15"));
        storage.handovers().propose(List.of(proposed));

        Cli cancel = cli("handover", "cancel", proposed.id(), "--note", "Frank stays on", "--as-of", "2026-09-16");

        assertThat(cancel.exitCode()).as(cancel.err()).isZero();
        assertThat(AwsCalls.lastActions()).contains("dynamodb:PutItem");
        assertThat(storage.handovers().find(proposed.id()).orElseThrow()).satisfies(h -> {
            assertThat(h.status()).isEqualTo(Handover.Status.CANCELLED);
            assertThat(h.note()).isEqualTo("Frank stays on");
        });
    }
}
