package io.rolecall.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.rolecall.infra.awstesting.SamTemplate;
import io.rolecall.connector.file.ExportFileDirectorySource;
import io.rolecall.connector.entra.testing.GraphStub;
import io.rolecall.connector.okta.testing.OktaStub;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.ReportArchive;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.infra.awstesting.TestClients;
import io.rolecall.infra.dynamodb.DynamoDbStorage;
import io.rolecall.infra.awstesting.SesMailbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three handlers end to end over the emulators: DynamoDB (dynalite), S3 (s3rver), SES
 * (aws-ses-v2-local), and WireMock for EventBridge and Secrets Manager, driven by scheduled-event JSON
 * as Lambda passes it. Handlers are wired exactly as in Lambda, from environment variables. Last,
 * every AWS call the handlers made is checked against the IAM statements template.yaml grants them.
 */
class FunctionsEndToEndIT {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);

    private final StackFixture stack = new StackFixture();
    private AwsStubs aws;

    @BeforeEach
    void emulators() {
        AwsCallRecorder.resetActions();
        SesMailbox.clear();
        aws = AwsStubs.connect();
        StackFixture.linkSecret(aws);
    }

    private Map<String, Object> scan(Wiring wiring, String event) {
        return Lambda.invoke(wiring.scanHandler(), StackFixture.event(event), null);
    }

    private Map<String, Object> scan(Wiring wiring, Map<String, Object> event) {
        return Lambda.invoke(wiring.scanHandler(), event, null);
    }

    @Test
    void aScheduledScanThenTheWeeklyReportTwiceSendsOneEmailWithTheFindings() {
        Wiring wiring = stack.acme().wiring(MONDAY);

        Map<String, Object> scanned = scan(wiring, "scheduled-event.json");

        assertThat(scanned).containsEntry("status", "SCANNED").containsEntry("asOf", "2026-11-30")
                .containsEntry("people", 40);
        int opened = (int) scanned.get("opened");
        assertThat(opened).isGreaterThan(10);
        assertThat(aws.events("RoleCall Finding Opened")).hasSize(opened).allSatisfy(e -> {
            assertThat(e.path("Source").asText()).isEqualTo("rolecall");
            assertThat(e.path("EventBusName").asText()).isEqualTo("rolecall-e2e");
        });
        assertThat(SesMailbox.all()).as("every holder was told their duties, and leavers' backups asked to take over")
                .hasSize((int) scanned.get("notices")).allSatisfy(email -> assertThat(email.subject())
                        .matches("Your information security roles? .*|Take over .* from .*"));
        SesMailbox.clear();

        WeeklyReportHandler weekly = wiring.weekly();
        Map<String, Object> first = Lambda.invoke(weekly, StackFixture.event("scheduler-weekly.json"), null);
        Map<String, Object> retried = Lambda.invoke(weekly, StackFixture.event("scheduler-weekly-retry.json"), null);

        assertThat(first).containsEntry("status", "SENT").containsEntry("report", "weekly-2026-W49");
        assertThat(retried).containsEntry("status", "ALREADY_SENT");
        assertThat(SesMailbox.all()).singleElement().satisfies(email -> {
            assertThat(email.from()).isEqualTo("rolecall@acme.example");
            assertThat(email.to()).containsExactly("ada@acme.example", "linus@acme.example", "security@acme.example");
            assertThat(email.subject()).isEqualTo("RoleCall weekly: Acme Ltd, " + opened + " new gaps, 0 critical open "
                    + "(2026-W49)");
            assertThat(email.text()).contains("[HIGH] LEAVER_HOLDS_ROLE", "Bob Stone (bob@acme.example) has left",
                    "[MEDIUM] HOLDER_SUSPENDED", "Fix: ");
            assertThat(email.html()).contains("Weekly ISMS roles gap report: Acme Ltd");
        });
        assertThat(AwsCallRecorder.actionsByFunction()).as("the calls the policies are held to after each test")
                .containsKeys("scan", "weekly-report");
    }

    @Test
    void anHrExportInTheConfigBucketIsReadBesideTheDirectoryAndItsFindingsAreStored() {
        stack.acme().upload("exports/hr.csv", Path.of(StackFixture.ACME + "hr.csv"));
        stack.env.put(Variable.HR_PROVIDER.name(), "file");
        stack.env.put(Variable.HR_EXPORT_KEY.name(), "exports/hr.csv");
        Wiring wiring = stack.wiring(MONDAY);

        Map<String, Object> scanned = scan(wiring, "scheduled-event.json");

        assertThat(scanned).containsEntry("status", "SCANNED");
        List<io.rolecall.core.finding.Finding> open = DynamoDbStorage.create(TestClients.dynamoDb(), stack.table)
                .storage().findings().findings().stream().filter(io.rolecall.core.finding.Finding::isOpen).toList();
        assertThat(open).filteredOn(f -> f.kind() == io.rolecall.core.model.FindingKind.ACCOUNT_ACTIVE_AFTER_LEAVING)
                .extracting(f -> f.person().value()).containsExactly("chen.wei@acme.example");
        assertThat(open).filteredOn(f -> f.kind() == io.rolecall.core.model.FindingKind.COVERAGE_GAP)
                .extracting(io.rolecall.core.finding.Finding::roleId).contains("people-lead");
        assertThat(AwsCallRecorder.actionsByFunction()).containsKeys("scan");
    }

    @Test
    void fixingTheRolesResolvesFindingsAndPublishesResolvedEvents() {
        Wiring wiring = stack.acme().wiring(MONDAY);
        scan(wiring, "scheduled-event.json");
        aws.resetRequests();
        try {
            stack.upload("roles.yaml", Files.readString(Path.of(StackFixture.ACME + "roles.yaml"))
                    .replace("primary: [bob@acme.example]            # Bob left in October", "primary: [dan@acme.example]"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        Map<String, Object> nextDay = scan(wiring, Map.of("time", "2026-12-01T06:00:00Z"));

        assertThat(nextDay).containsEntry("status", "SCANNED").containsEntry("asOf", "2026-12-01");
        List<JsonNode> resolved = aws.events("RoleCall Finding Resolved");
        assertThat(resolved).hasSize((int) nextDay.get("resolved"));
        assertThat(resolved).extracting(e -> detail(e).path("finding").path("kind").asText())
                .contains("LEAVER_HOLDS_ROLE", "ROLE_UNASSIGNED");
        assertThat(resolved).allSatisfy(e -> {
            assertThat(detail(e).path("finding").path("resolvedAt").asText()).isEqualTo("2026-12-01");
            assertThat(detail(e).path("finding").path("lastSeen").asText()).isEqualTo("2026-11-30");
        });
    }

    @Test
    void aMissingRolesFileFailsTheRunAndEmailsThatItCouldNotBeRead() {
        stack.acme();
        Wiring wiring = stack.wiring(MONDAY);
        scan(wiring, "scheduled-event.json");
        SesMailbox.clear();
        stack.remove("roles.yaml");

        assertThatThrownBy(() -> scan(wiring, Map.of("time", "2026-12-01T06:00:00Z")))
                .isInstanceOf(ScheduledScan.ScanFailedException.class);
        assertThat(SesMailbox.all()).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("RoleCall: roles.yaml could not be read: the scan of 2026-12-01 did "
                    + "not run (Acme Ltd)");
            assertThat(email.text()).contains("rolecall config push").doesNotContain("is invalid");
        });
    }

    @Test
    void anInvalidRolesFileFailsTheRunAndEmailsTheError() {
        stack.acme();
        Wiring wiring = stack.wiring(MONDAY);
        scan(wiring, "scheduled-event.json");
        SesMailbox.clear();
        stack.upload("roles.yaml", "version: 1\norganisation: Acme Ltd\nreportng: {}\nroles: []\n");

        assertThatThrownBy(() -> scan(wiring, Map.of("time", "2026-12-01T06:00:00Z")))
                .isInstanceOf(ScheduledScan.ScanFailedException.class)
                .hasMessageContaining("roles.yaml is invalid")
                .hasMessageContaining("unknown key 'reportng'");
        assertThat(SesMailbox.all()).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("RoleCall: roles.yaml is invalid: the scan of 2026-12-01 did not run "
                    + "(Acme Ltd)");
            assertThat(email.to()).contains("ada@acme.example", "alarms@acme.example");
            assertThat(email.text()).contains("unknown key 'reportng'", "did you mean 'reporting'?",
                    "s3://" + stack.bucket + "/roles.yaml", "rolecall config push");
        });
    }

    @Test
    void aMissingRolesFileOnTheFirstRunFailsAndEmailsTheAlarmAddress() {
        Wiring wiring = stack.wiring(MONDAY);

        assertThatThrownBy(() -> scan(wiring, "scheduled-event.json"))
                .isInstanceOf(ScheduledScan.ScanFailedException.class).hasMessageContaining("does not exist");
        assertThat(SesMailbox.all()).singleElement().satisfies(email ->
                assertThat(email.to()).containsExactly("alarms@acme.example"));
    }

    @Test
    void aMassExodusIsHeldEmailedAndPublishedUntilAccepted() throws Exception {
        Wiring wiring = stack.acme().wiring(MONDAY);
        scan(wiring, "scheduled-event.json");
        SesMailbox.clear();
        aws.resetRequests();
        DirectorySnapshot acme = ExportFileDirectorySource.of(Path.of(StackFixture.ACME + "directory.json")).read();
        List<Map<String, Object>> half = new ArrayList<>();
        for (Person person : acme.people().subList(0, 22)) {
            Map<String, Object> entry = new HashMap<>();
            entry.put("id", person.id());
            entry.put("email", person.email().value());
            entry.put("status", person.status().name());
            entry.put("groups", List.copyOf(person.groups()));
            half.add(entry);
        }
        stack.upload("exports/directory.json", new ObjectMapper().writeValueAsString(Map.of("people", half)));

        // Two days later, by the schedule and by the function's own clock alike.
        wiring = stack.wiring(Clock.fixed(Instant.parse("2026-12-02T06:00:05Z"), ZoneOffset.UTC));
        Map<String, Object> held = scan(wiring, Map.of("time", "2026-12-02T06:00:00Z"));

        assertThat(held).containsEntry("status", "HELD");
        assertThat(aws.events("RoleCall Scan Held")).singleElement()
                .satisfies(e -> assertThat(detail(e).path("leavers").asInt()).isGreaterThanOrEqualTo(10));
        assertThat(SesMailbox.all()).singleElement().satisfies(email -> {
            assertThat(email.subject()).contains("Directory scan of 2026-12-02 held");
            assertThat(email.to()).contains("ada@acme.example", "alarms@acme.example");
            assertThat(email.text()).contains("{\"acceptDirectoryChange\": true}");
        });

        // An hour later the directory is still truncated: held again, but the same cause is not told twice a day.
        Map<String, Object> heldAgain = scan(wiring, Map.of("time", "2026-12-02T07:00:00Z"));
        assertThat(heldAgain).containsEntry("status", "HELD");
        assertThat(SesMailbox.all()).hasSize(1);

        Map<String, Object> accepted = scan(wiring, "accept-directory-change.json");

        assertThat(accepted).containsEntry("status", "SCANNED").containsEntry("asOf", "2026-12-02");
    }

    @Test
    void theQuarterlyReportGoesToTopManagementWithTheRaciMatrixAttached() {
        Wiring wiring = stack.acme().wiring(MONDAY);
        scan(wiring, "scheduled-event.json");
        SesMailbox.clear();

        Wiring newYear = stack.wiring(Clock.fixed(Instant.parse("2027-01-01T08:00:02Z"), ZoneOffset.UTC));
        Map<String, Object> sent = Lambda.invoke(newYear.quarterly(), StackFixture.event("scheduler-quarterly.json"), null);

        assertThat(sent).containsEntry("status", "SENT").containsEntry("report", "quarterly-2026-Q4");
        assertThat(SesMailbox.all()).singleElement().satisfies(email -> {
            assertThat(email.to()).containsExactly("grace@acme.example", "security@acme.example");
            assertThat(email.subject()).startsWith("RoleCall quarterly ISMS roles posture: Acme Ltd, 2026-Q4");
            assertThat(email.attachments()).containsExactly("quarterly-2026-Q4.pdf", "raci-matrix-2026-Q4.csv",
                    "open-gaps-2026-Q4.csv");
        });
        ReportArchive archive = DynamoDbStorage.create(TestClients.dynamoDb(), stack.table).storage().sentReports();
        assertThat(archive.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))).singleElement()
                .satisfies(kept -> {
                    assertThat(kept.reportKey()).isEqualTo("quarterly-2026-Q4");
                    assertThat(kept.sentAt()).isEqualTo(Instant.parse("2027-01-01T08:00:02Z"));
                    assertThat(kept.recipients()).isEqualTo(2);
                    assertThat(new String(archive.message(kept), StandardCharsets.UTF_8))
                            .contains("filename=quarterly-2026-Q4.pdf", "From: ");
                });
    }

    @Test
    void anOktaOrgIsReadWithCredentialsFromTheSecret() {
        WireMockServer oktaServer = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration
                .options().dynamicPort().bindAddress("127.0.0.1"));
        oktaServer.start();
        try {
            OktaStub okta = new OktaStub(oktaServer, Instant.now());
            List<Map<String, Object>> listed = new ArrayList<>();
            List<Map<String, Object>> gone = new ArrayList<>();
            for (Person person : ExportFileDirectorySource.of(Path.of(StackFixture.ACME + "directory.json")).read()
                    .people()) {
                Map<String, Object> user = OktaStub.user(person.id(), person.email().value(),
                        person.status() == PersonStatus.LEFT ? "DEPROVISIONED"
                                : person.status() == PersonStatus.SUSPENDED ? "SUSPENDED" : "ACTIVE");
                OktaStub.profile(user).put("displayName", person.name());
                (person.status() == PersonStatus.LEFT ? gone : listed).add(user);
            }
            okta.users(listed, gone);
            okta.group("00gDeputies", "isms-deputies", List.of("00u002", "00u003"));
            okta.group("00gIncident", "isms-incident", List.of("00u006", "00u007"));
            okta.noGroupNamed("awareness-champions");
            aws.secret(StackFixture.SECRET_ARN, "{\"oktaApiToken\":\"00e2e-token\"}");
            stack.acme().env.put(Variable.DIRECTORY_PROVIDER.name(), "okta");
            stack.env.put(Variable.OKTA_ORG_URL.name(), okta.orgUrl());
            Wiring wiring = stack.wiring(MONDAY);

            ScanHandler handler = wiring.scanHandler();
            Map<String, Object> first = Lambda.invoke(handler, StackFixture.event("scheduled-event.json"), null);
            Map<String, Object> second = Lambda.invoke(handler, Map.of("time", "2026-11-30T07:00:00Z"), null);

            assertThat(first).containsEntry("status", "SCANNED").containsEntry("people", 40);
            assertThat(second).containsEntry("status", "SCANNED").containsEntry("opened", 0);
            assertThat(aws.secretReads(StackFixture.SECRET_ARN)).as("the secret is cached between runs").isEqualTo(1);
            oktaServer.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/v1/users"))
                    .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("SSWS 00e2e-token")));
        } finally {
            oktaServer.stop();
        }
    }

    @Test
    void anEntraTenantIsReadOverGraphWithTheAppCredentialsFromTheSecret() {
        try (GraphStub graph = new GraphStub()) {
            List<Map<String, Object>> users = new ArrayList<>();
            List<Map<String, Object>> deleted = new ArrayList<>();
            Map<String, List<String>> groups = new java.util.TreeMap<>();
            for (Person person : ExportFileDirectorySource.of(Path.of(StackFixture.ACME + "directory.json")).read()
                    .people()) {
                Map<String, Object> user = GraphStub.user(person.id(), person.email().value(), person.name(),
                        person.status() != PersonStatus.SUSPENDED);
                (person.status() == PersonStatus.LEFT ? deleted : users).add(user);
                person.groups().forEach(group -> groups.computeIfAbsent(group, g -> new ArrayList<>()).add(person.id()));
            }
            graph.issuesTokens().users(GraphStub.pagesOf(users, 15)).deletedUsers(List.of(deleted));
            int n = 0;
            for (Map.Entry<String, List<String>> group : groups.entrySet()) {
                graph.group(group.getKey(), "00000000-0000-4000-8000-00000000000" + n++, group.getValue());
            }
            graph.noGroup("awareness-champions");
            aws.secret(StackFixture.SECRET_ARN, "{\"entraClientId\":\"" + GraphStub.CLIENT_ID
                    + "\",\"entraClientSecret\":\"" + GraphStub.SECRET + "\"}");
            stack.acme().env.put(Variable.DIRECTORY_PROVIDER.name(), "entra");
            // Through the generic DirectorySettings parameter, as a provider without parameters of its own is set.
            stack.env.put(Variable.DIRECTORY_SETTINGS.name(), "{\"ENTRA_TENANT_ID\": \"" + GraphStub.TENANT
                    + "\", \"ROLECALL_GRAPH_ROOT_URL\": \"" + graph.root() + "\", \"ROLECALL_ENTRA_AUTHORITY_URL\": \""
                    + graph.root() + "\"}");
            Wiring wiring = stack.wiring(MONDAY);

            ScanHandler handler = wiring.scanHandler();
            Map<String, Object> first = Lambda.invoke(handler, StackFixture.event("scheduled-event.json"), null);
            Map<String, Object> second = Lambda.invoke(handler, Map.of("time", "2026-11-30T07:00:00Z"), null);

            assertThat(first).containsEntry("status", "SCANNED").containsEntry("people", 40);
            assertThat(second).containsEntry("status", "SCANNED").containsEntry("opened", 0);
            assertThat(aws.secretReads(StackFixture.SECRET_ARN)).as("the secret is cached between runs").isEqualTo(1);
            graph.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1.0/users"))
                    .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                            "Bearer graph-test-token")));
            graph.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                                    "/" + GraphStub.TENANT + "/oauth2/v2.0/token"))
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("client_secret=")));
            JsonNode leaver = findingEvents("RoleCall Finding Opened", "LEAVER_HOLDS_ROLE", "bob@acme.example");
            assertThat(leaver.path("roleId").asText()).isEqualTo("incident-response-lead");
        }
    }

    @Test
    void aHolderAcceptsThroughTheFunctionUrlAndTheNextScanResolvesTheirOverdueFinding() {
        Wiring wiring = stack.acme().wiring(MONDAY);
        scan(wiring, "scheduled-event.json");
        assertThat(SesMailbox.all()).filteredOn(email -> email.to().equals(List.of("grace@acme.example")))
                .extracting(SesMailbox.Received::subject)
                .containsExactly("Your information security role and document to approve at Acme Ltd: Top Management "
                        + "and Information security policy");
        String path = linkTo("grace@acme.example");

        // Fifteen days on, a day past the fortnight to accept: overdue, HIGH for the leadership role.
        Wiring later = stack.wiring(Clock.fixed(Instant.parse("2026-12-15T09:00:00Z"), ZoneOffset.UTC));
        aws.resetRequests();
        Map<String, Object> overdue = scan(later, Map.of("time", "2026-12-15T06:00:00Z"));
        JsonNode opened = findingEvents("RoleCall Finding Opened", "ROLE_NOT_ACKNOWLEDGED", "grace@acme.example");
        assertThat(opened.path("severity").asText()).isEqualTo("HIGH");
        assertThat(((Number) overdue.get("acknowledgedPercent")).intValue()).isZero();

        AcknowledgeHandler pages = later.acknowledge();
        Map<String, Object> shown = Lambda.invoke(pages, functionUrlEvent("function-url-get.json", path, null, null), null);
        assertThat(shown).containsEntry("statusCode", 200);
        assertThat(headers(shown)).containsEntry("Referrer-Policy", "no-referrer")
                .hasEntrySatisfying("Content-Security-Policy", csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        String page = (String) shown.get("body");
        assertThat(page).contains("Top Management", "Approve the security budget");
        Matcher form = Pattern.compile("name=\"form\" value=\"([^\"]+)\"").matcher(page);
        assertThat(form.find()).isTrue();
        String body = "form=" + form.group(1) + "&accept=yes";

        Map<String, Object> forged = Lambda.invoke(pages,
                functionUrlEvent("function-url-post.json", path, body, "https://attacker.example"), null);
        assertThat(forged).as("a post from another site").containsEntry("statusCode", 403);
        Map<String, Object> accepted = Lambda.invoke(pages,
                functionUrlEvent("function-url-post.json", path, body, null), null);
        assertThat(accepted).containsEntry("statusCode", 200);
        assertThat((String) accepted.get("body")).contains("you accepted the duties of Top Management on 2026-12-15");

        Wiring nextDay = stack.wiring(Clock.fixed(Instant.parse("2026-12-16T06:00:05Z"), ZoneOffset.UTC));
        aws.resetRequests();
        Map<String, Object> resolvedRun = scan(nextDay, Map.of("time", "2026-12-16T06:00:00Z"));
        findingEvents("RoleCall Finding Resolved", "ROLE_NOT_ACKNOWLEDGED", "grace@acme.example");
        assertThat(((Number) resolvedRun.get("acknowledgedPercent")).intValue()).isPositive();
        Map<String, Object> again = Lambda.invoke(pages, functionUrlEvent("function-url-get.json", path, null, null),
                null);
        assertThat((String) again.get("body")).contains("You accepted these duties on 2026-12-15");
        assertThat(AwsCallRecorder.actionsByFunction()).containsKey("acknowledge");

        // The same email asks Grace, the board's only member, to approve the security policy: on the same URL.
        String approval = links("grace@acme.example").get(1);
        String approvalPage = (String) Lambda.invoke(pages, functionUrlEvent("function-url-get.json", approval, null,
                null), null).get("body");
        assertThat(approvalPage).contains("a document to approve", "Approve version 4.0</button>");
        Matcher approvalForm = Pattern.compile("name=\"form\" value=\"([^\"]+)\"").matcher(approvalPage);
        assertThat(approvalForm.find()).isTrue();
        Map<String, Object> approved = Lambda.invoke(pages, functionUrlEvent("function-url-post.json", approval,
                "form=" + approvalForm.group(1) + "&accept=yes", null), null);
        assertThat(approved).containsEntry("statusCode", 200);
        assertThat((String) approved.get("body")).contains("you approved Information security policy on 2026-12-15");
        assertThat((String) Lambda.invoke(pages, functionUrlEvent("function-url-get.json", approval, null, null), null)
                .get("body")).contains("You approved this version on 2026-12-15");
    }

    @Test
    void aReplacedLinkSecretInvalidatesTheLinksSentWithinTheCacheTimeAndTheNextRemindersCarryNewOnes() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
        Wiring wiring = stack.acme().wiring(clock);
        scan(wiring, "scheduled-event.json");
        String path = linkTo("grace@acme.example");
        AcknowledgeHandler pages = wiring.acknowledge();
        assertThat(Lambda.invoke(pages, functionUrlEvent("function-url-get.json", path, null, null), null))
                .containsEntry("statusCode", 200);

        aws.secret(StackFixture.LINK_SECRET_ARN, "{\"linkSecret\":\"Zx8cV2bN5mQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7\"}");
        clock.advance(Duration.ofMinutes(5));
        Map<String, Object> cached = Lambda.invoke(pages, functionUrlEvent("function-url-get.json", path, null, null), null);
        clock.advance(AcknowledgeWiring.SECRET_CACHE);
        Map<String, Object> replaced = Lambda.invoke(pages, functionUrlEvent("function-url-get.json", path, null, null),
                null);

        assertThat(cached).as("within the cache time").containsEntry("statusCode", 200);
        assertThat(replaced).as("the old link, once the new secret is read").containsEntry("statusCode", 404);
        SesMailbox.clear();
        clock.set(Instant.parse("2026-12-07T06:00:05Z"));
        scan(wiring, Map.of("time", "2026-12-07T06:00:00Z"));
        assertThat(Lambda.invoke(pages, functionUrlEvent("function-url-get.json", linkTo("grace@acme.example"), null,
                null), null)).as("the reminder's new link").containsEntry("statusCode", 200);
    }

    /** The path of the link in the one email to {@code person} in the SES emulator. */
    private static String linkTo(String person) {
        assertThat(SesMailbox.all().stream().filter(e -> e.to().equals(List.of(person)))).as("emails to " + person)
                .hasSize(1);
        return links(person).get(0);
    }

    /** The paths of the links in the first email {@code person} got, in order. */
    private static List<String> links(String person) {
        List<SesMailbox.Received> emails = SesMailbox.all().stream().filter(e -> e.to().equals(List.of(person)))
                .limit(1).toList();
        assertThat(emails).as("emails to " + person).isNotEmpty();
        Matcher link = Pattern.compile("https://" + Pattern.quote(StackFixture.FUNCTION_URL_HOST) + "(/ack/[A-Za-z0-9_-]+)")
                .matcher(emails.get(0).text());
        List<String> paths = new java.util.ArrayList<>();
        while (link.find()) {
            paths.add(link.group(1));
        }
        assertThat(paths).as("the email links to the function URL: " + emails.get(0).text()).isNotEmpty();
        return paths;
    }

    @Test
    void theScanAsksALeaversBackupToTakeOverAndTheFunctionUrlRecordsTheHandover() {
        Wiring wiring = stack.acme().wiring(MONDAY);
        scan(wiring, "scheduled-event.json");
        List<SesMailbox.Received> asked = SesMailbox.all().stream()
                .filter(email -> email.subject().startsWith("Take over")
                        && email.to().equals(List.of("gina@acme.example"))).toList();
        assertThat(asked).singleElement().satisfies(email -> assertThat(email.subject())
                .isEqualTo("Take over People and HR Lead from Frank Miller on 2026-12-15"));
        Matcher link = Pattern.compile("https://" + Pattern.quote(StackFixture.FUNCTION_URL_HOST)
                + "(/ack/[A-Za-z0-9_-]+)").matcher(asked.get(0).text());
        assertThat(link.find()).isTrue();

        AcknowledgeHandler pages = wiring.acknowledge();
        Map<String, Object> shown = Lambda.invoke(pages, functionUrlEvent("function-url-get.json", link.group(1), null,
                null), null);
        assertThat(shown).containsEntry("statusCode", 200);
        assertThat((String) shown.get("body")).contains("People and HR Lead: take over",
                "Frank Miller (frank@acme.example) leaves on 2026-12-15");
        Matcher form = Pattern.compile("name=\"form\" value=\"([^\"]+)\"").matcher((String) shown.get("body"));
        assertThat(form.find()).isTrue();
        Map<String, Object> accepted = Lambda.invoke(pages, functionUrlEvent("function-url-post.json", link.group(1),
                "form=" + form.group(1) + "&accept=yes", null), null);
        assertThat(accepted).containsEntry("statusCode", 200);
        assertThat((String) accepted.get("body")).contains("take it over from Frank Miller (frank@acme.example) on "
                + "2026-12-15");

        Wiring nextDay = stack.wiring(Clock.fixed(Instant.parse("2026-12-01T06:00:05Z"), ZoneOffset.UTC));
        aws.resetRequests();
        scan(nextDay, Map.of("time", "2026-12-01T06:00:00Z"));
        findingEvents("RoleCall Finding Resolved", "HOLDER_LEAVING_SOON", "frank@acme.example");
        assertThat(DynamoDbStorage.create(TestClients.dynamoDb(), stack.table).storage().handovers().all())
                .filteredOn(h -> h.roleId().equals("people-lead")).singleElement().satisfies(h -> {
                    assertThat(h.status()).isEqualTo(io.rolecall.core.handover.Handover.Status.ACCEPTED);
                    assertThat(h.to().value()).isEqualTo("gina@acme.example");
                });
        assertThat(AwsCallRecorder.actionsByFunction()).containsKeys("scan", "acknowledge");
    }

    @Test
    void holdersGetSlackMessagesAndTheWeeklysDigestGoesToItsChannelWithTheTokenFromTheSecret() throws Exception {
        WireMockServer slack = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration
                .options().dynamicPort().bindAddress("127.0.0.1"));
        slack.start();
        try {
            slack.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(com.github.tomakehurst.wiremock.client
                    .WireMock.urlPathEqualTo("/api/users.lookupByEmail")).willReturn(com.github.tomakehurst.wiremock
                    .client.WireMock.okJson("{\"ok\": true, \"user\": {\"id\": \"W0E2E0001\"}}")));
            slack.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(com.github.tomakehurst.wiremock.client
                    .WireMock.urlPathEqualTo("/api/conversations.open")).willReturn(com.github.tomakehurst.wiremock
                    .client.WireMock.okJson("{\"ok\": true, \"channel\": {\"id\": \"D0E2E0001\"}}")));
            slack.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(com.github.tomakehurst.wiremock.client
                    .WireMock.urlPathEqualTo("/api/chat.postMessage")).willReturn(com.github.tomakehurst.wiremock
                    .client.WireMock.okJson("{\"ok\": true, \"channel\": \"D0E2E0001\", \"ts\": \"1.2\"}")));
            aws.secret(StackFixture.SECRET_ARN, "{\"slackBotToken\":\"xoxb-e2e\"}");
            stack.acme().upload("roles.yaml", Files.readString(Path.of(StackFixture.ACME + "roles.yaml"))
                    + "\ndelivery: {slack: {channel: isms-weekly, holderNotices: true}}\n");
            stack.env.put("ROLECALL_SLACK_API_URL", slack.baseUrl() + "/api/");
            Wiring wiring = stack.wiring(MONDAY);

            Map<String, Object> scanned = scan(wiring, "scheduled-event.json");
            Lambda.invoke(wiring.weekly(), StackFixture.event("scheduler-weekly.json"), null);

            assertThat(scanned).containsEntry("status", "SCANNED");
            com.github.tomakehurst.wiremock.matching.RequestPatternBuilder posts = com.github.tomakehurst.wiremock.client
                    .WireMock.postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                            "/api/chat.postMessage"));
            long emailsToHolders = SesMailbox.all().stream().filter(email -> !email.subject().startsWith(
                    "RoleCall weekly")).count();
            assertThat(slack.findAll(posts)).as("a direct message beside every holder's email, then the digest")
                    .hasSize((int) emailsToHolders + 1);
            slack.verify(1, posts.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                    "$.channel", com.github.tomakehurst.wiremock.client.WireMock.equalTo("isms-weekly"))));
            slack.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(com.github.tomakehurst
                    .wiremock.client.WireMock.urlPathEqualTo("/api/users.lookupByEmail")).withHeader("Authorization",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer xoxb-e2e")));
            assertThat(AwsCallRecorder.actionsByFunction().get("weekly-report"))
                    .as("the weekly read the token, which its policy allows when DeliverBeyondEmail is true")
                    .contains("secretsmanager:GetSecretValue");
        } finally {
            slack.stop();
        }
    }

    /** The one finding event of a kind about a person, as EventBridge received it. */
    private JsonNode findingEvents(String detailType, String kind, String person) {
        List<JsonNode> findings = aws.events(detailType).stream().map(e -> detail(e).path("finding"))
                .filter(f -> f.path("kind").asText().equals(kind) && f.toString().contains(person)).toList();
        assertThat(findings).as(detailType + " " + kind + " for " + person).hasSize(1);
        return findings.get(0);
    }

    /**
     * A function-URL request as Lambda passes it, from events/: its path the link's, its form body
     * base64-encoded as function URLs encode form posts, and an Origin header when {@code origin} is set.
     */
    private static Map<String, Object> functionUrlEvent(String file, String path, String form, String origin) {
        Map<String, Object> event = StackFixture.event(file);
        event.put("rawPath", path);
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) event.get("headers");
        if (form != null) {
            event.put("body", Base64.getEncoder().encodeToString(form.getBytes(StandardCharsets.UTF_8)));
            headers.put("content-length", String.valueOf(form.length()));
        }
        if (origin != null) {
            headers.put("origin", origin);
            headers.put("sec-fetch-site", "cross-site");
        }
        return event;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> headers(Map<String, Object> response) {
        return (Map<String, String>) response.get("headers");
    }

    @Test
    void primingBeforeASnapshotReadsNoSecretSendsNothingPublishesNothingAndWritesNothing() {
        Wiring wiring = stack.acme().wiring(MONDAY);
        scan(wiring, "scheduled-event.json");
        SesMailbox.clear();
        aws.resetRequests();
        long itemsBefore = TestClients.dynamoDb().scan(request -> request.tableName(stack.table)).count();

        org.slf4j.MDC.put("function", "scan");
        try {
            wiring.primeAll();
        } finally {
            org.slf4j.MDC.clear();
        }

        assertThat(aws.secretReads(StackFixture.LINK_SECRET_ARN)).as("the link secret").isZero();
        assertThat(aws.secretReads(StackFixture.SECRET_ARN)).as("the directory credentials").isZero();
        assertThat(SesMailbox.all()).isEmpty();
        assertThat(aws.events()).isEmpty();
        assertThat(TestClients.dynamoDb().scan(request -> request.tableName(stack.table)).count())
                .isEqualTo(itemsBefore);
        assertThat(AwsCallRecorder.actionsByFunction().get("scan")).contains("dynamodb:GetItem");
    }

    /** Each test's own handlers, held to their function's policy in template.yaml: no test relies on another's calls. */
    @org.junit.jupiter.api.AfterEach
    void everyAwsCallThisTestsHandlersMadeIsAllowedByTheirFunctionsPolicy() {
        SamTemplate template = SamTemplate.load();
        AwsCallRecorder.actionsByFunction().forEach((function, actions) -> assertThat(template.allowedActions(
                SamTemplate.functionFor(function))).as("template.yaml grants " + SamTemplate.functionFor(function))
                .containsAll(actions));
    }

    private static JsonNode detail(JsonNode entry) {
        try {
            return new ObjectMapper().readTree(entry.path("Detail").asText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
