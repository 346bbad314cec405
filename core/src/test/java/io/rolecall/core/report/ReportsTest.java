package io.rolecall.core.report;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.finding.FindingStatus;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.testing.RecordingMailer;
import io.rolecall.core.testing.ScanHarness;
import io.rolecall.core.usecase.NothingScannedException;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.ReportUseCase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Both reports rendered from a history of several weekly scans. */
class ReportsTest {

    private static final String EVIL = "<img src=x onerror=alert(1)>";
    private static final LocalDate JUL_6 = LocalDate.of(2026, 7, 6);

    private static final String ROLES = """
            version: 1
            organisation: Test & Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management, alsoNotify: [sec@test.example]}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-06-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2026-06-01}
              - {id: internal-auditor, name: Internal Auditor, primary: [ian@test.example], backup: [ada@test.example], lastReviewed: 2026-06-01}
              - {id: it-admin, name: IT Admin, primary: [leo@test.example], backup: [bea@test.example], lastReviewed: 2026-06-01}
            conflicts:
              - {roles: [isms-manager, internal-auditor], reason: No self-audit}
            responsibilities:
              - {id: audit, name: Run internal audits, reference: ISO/IEC 27001:2022 9.2, responsible: [internal-auditor], accountable: [top-management], informed: [isms-manager]}
            """;

    private final ScanHarness harness = ScanHarness.inMemory();
    private final RecordingMailer mailer = new RecordingMailer();
    private final ReportUseCase reports = new ReportUseCase(harness.storage(), new ReportRenderer(), mailer,
            new AsOfRules(Clock.systemUTC(), true));

    private static List<Person> people(PersonStatus leo, String adaName) {
        return new ArrayList<>(List.of(active("ceo@test.example", "Cleo Executive"), active("ada@test.example", adaName),
                active("bea@test.example", "Bea Backup"), active("ian@test.example", "Ian Auditor"),
                person("leo@test.example").name("Leo Admin").status(leo).build()));
    }

    /** Leo leaves in week 1 and is handed over in week 3; the segregation conflict stays throughout. */
    private void historyOfFourWeeks() {
        harness.scan(ROLES, people(PersonStatus.ACTIVE, "Ada Lovelace"), JUL_6);
        harness.scan(ROLES, people(PersonStatus.LEFT, "Ada Lovelace"), JUL_6.plusWeeks(1));
        harness.scan(ROLES, people(PersonStatus.LEFT, "Ada Lovelace"), JUL_6.plusWeeks(2));
        String handedOver = ROLES.replace("primary: [leo@test.example]", "primary: [bea@test.example]")
                .replace("backup: [bea@test.example], lastReviewed: 2026-06-01}\n  - {id: it",
                        "backup: [bea@test.example], lastReviewed: 2026-06-01}\n  - {id: it")
                .replace("{id: it-admin, name: IT Admin, primary: [bea@test.example], backup: [bea@test.example]",
                        "{id: it-admin, name: IT Admin, primary: [bea@test.example], backup: [ceo@test.example]");
        harness.scan(handedOver, people(PersonStatus.LEFT, EVIL), JUL_6.plusWeeks(3));
    }

    /**
     * A company's roles.yaml: top management, the ISMS manager, the role held through the group
     * "champions" when asked, and one role for each number from {@code firstGhost} up to (not
     * including) {@code endGhost}, each naming someone the directory does not have.
     */
    private static String bigCo(boolean champions, int firstGhost, int endGhost) {
        StringBuilder roles = new StringBuilder("""
                version: 1
                organisation: Big Co
                reporting: {complianceManagerRole: isms-manager, leadershipRole: top}
                roles:
                  - {id: top, name: Top, primary: [ceo@test.example], backupRequired: false}
                  - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backupRequired: false}
                """);
        if (champions) {
            roles.append("  - {id: champions, name: Champions, primary: [\"group:champions\"], backupRequired: false}\n");
        }
        for (int i = firstGhost; i < endGhost; i++) {
            roles.append("  - {id: role-").append(i).append(", name: Role ").append(i)
                    .append(", primary: [ghost").append(i).append("@test.example], backupRequired: false}\n");
        }
        return roles.toString();
    }

    /** Its people: Cleo, Ada, and the champions numbered from {@code first} up to (not including) {@code end}. */
    private static List<Person> bigCoPeople(int first, int end) {
        List<Person> company = new ArrayList<>(List.of(active("ceo@test.example", "Cleo"),
                active("ada@test.example", "Ada")));
        for (int i = first; i < end; i++) {
            company.add(person("c" + i + "@test.example").name("Champion " + i).groups(Set.of("champions")).build());
        }
        return company;
    }

    /**
     * A company where a role is held through a group of 12 and 25 roles name someone who is not in the
     * directory: the quarterly names five holders and the 20 worst overdue gaps, and says how many more.
     */
    @Test
    void theQuarterlyStaysReadableForABigCompanyWithFiveNamesPerRoleAndTheTwentyWorstOverdueGaps() {
        String roles = bigCo(true, 10, 35);
        List<Person> company = bigCoPeople(10, 22);
        harness.scan(roles, company, LocalDate.of(2026, 7, 6));
        harness.scan(roles, company, LocalDate.of(2026, 9, 30));
        long overdue = harness.storage().findings().findings().stream()
                .filter(f -> f.status() == FindingStatus.OPEN && f.isOverdue(LocalDate.of(2026, 10, 1))).count();

        OutgoingEmail email = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email();

        assertThat(overdue).isGreaterThan(20);
        assertThat(email.text()).contains("Champions (champions): Champion 10 (c10@test.example), Champion 11 (c11@test.example), "
                + "Champion 12 (c12@test.example), Champion 13 (c13@test.example), Champion 14 (c14@test.example) "
                + "and 7 more", "And " + (overdue - 20) + " more overdue gaps")
                .doesNotContain("Champion 15 (c15@test.example)");
        assertThat(email.html()).contains("and 7 more", "And " + (overdue - 20) + " more overdue gaps")
                .doesNotContain("Champion 15");
        assertThat(email.attachments()).filteredOn(a -> a.fileName().startsWith("raci-matrix"))
                .singleElement().satisfies(csv -> assertThat(new String(csv.content(), StandardCharsets.UTF_8))
                        .as("the CSV keeps every holder").contains("Champion 21"));
    }

    @Test
    void aWeeklyWithMoreThanAHundredGapsInASectionListsTheWorstAndAttachesEveryOpenGap() throws Exception {
        harness.scan(bigCo(false, 100, 160), bigCoPeople(0, 0), JUL_6);
        int open = (int) harness.storage().findings().findings().stream()
                .filter(f -> f.status() == FindingStatus.OPEN).count();

        OutgoingEmail email = reports.sendWeekly(JUL_6).email();

        assertThat(open).isGreaterThan(100);
        assertThat(email.text()).contains("NEW THIS WEEK (" + open + ")",
                "And " + (open - 100) + " more new gaps, less severe: every open gap is in the attached "
                        + "open-gaps-2026-W28.csv");
        assertThat(email.attachments()).singleElement().satisfies(csv -> {
            assertThat(csv.fileName()).isEqualTo("open-gaps-2026-W28.csv");
            List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(new String(csv.content(), StandardCharsets.UTF_8))).getRecords();
            assertThat(rows).hasSize(open);
            assertThat(rows.get(0).get("severity")).isEqualTo("HIGH");
            assertThat(rows).anySatisfy(r -> assertThat(r.get("person")).isEqualTo("ghost159@test.example"));
        });
    }

    @Test
    void aWeeklyOfAFewGapsHasNoAttachment() {
        historyOfFourWeeks();

        assertThat(reports.sendWeekly(JUL_6.plusWeeks(3)).email().attachments()).isEmpty();
    }

    @Test
    void theWeeklyNamesFiftyHoldersWhoHaveNotAcceptedAndCountsTheRest() {
        harness.scan(bigCo(true, 0, 0), bigCoPeople(100, 170), JUL_6);

        OutgoingEmail email = reports.sendWeekly(JUL_6).email();

        assertThat(email.text()).contains("DUTIES NOT YET ACCEPTED (72; 0 of 72 holders accepted)",
                "And 22 more holders have not accepted yet", "RoleCall's list of acknowledgements shows every one");
        assertThat(email.text().lines().filter(line -> line.startsWith("  Champions")).count()).isLessThanOrEqualTo(50);
        assertThat(email.html()).contains("And 22 more holders have not accepted yet");
    }

    @Test
    void theWeeklyReportListsOverdueThenNewThenStillOpenGapsWithWhoActsAndTheFixedOnesInThePast() {
        historyOfFourWeeks();

        OutgoingEmail email = reports.sendWeekly(JUL_6.plusWeeks(3)).email();

        assertThat(mailer.sent()).containsExactly(email);
        assertThat(email.reference()).isEqualTo("weekly-2026-W31");
        assertThat(email.to()).containsExactly(Email.of("ada@test.example"), Email.of("bea@test.example"),
                Email.of("sec@test.example"));
        assertThat(email.text()).contains(
                "Open gaps: 1 (CRITICAL 0; HIGH 1; MEDIUM 0; LOW 0; overdue 1)",
                "== OVERDUE (1) ==\n* [HIGH] SEGREGATION_CONFLICT",
                "Who acts: " + EVIL + " (ada@test.example), as ISMS Manager",
                "Opened 2026-07-06 (21 days ago), due 2026-07-20, OVERDUE.",
                "== NEW THIS WEEK (0) ==",
                "== STILL OPEN (0) ==",
                "== RESOLVED THIS WEEK (2) ==\n* [FIXED] ROLE_UNASSIGNED: fixed on 2026-07-27, 14 days after it "
                        + "opened.",
                "It was: Leo Admin (leo@test.example) has left but still holds IT Admin (it-admin) as primary");
        assertThat(email.text().indexOf("== OVERDUE")).isLessThan(email.text().indexOf("== NEW THIS WEEK"));
        assertThat(email.html()).contains("Overdue (1)", "Who acts:", "Resolved this week (2)", "FIXED")
                .doesNotContain(EVIL);
    }

    @Test
    void theWeeklySubjectCountsNewAndCriticalGapsAndReopenedGapsAreMarked() {
        historyOfFourWeeks();
        // Ada steps down as ISMS manager and the old roles.yaml, still naming Leo, is put back.
        harness.scan(ROLES.replace("primary: [ada@test.example], backup", "primary: [], backup"),
                people(PersonStatus.LEFT, "Ada"), JUL_6.plusWeeks(5));

        OutgoingEmail email = reports.sendWeekly(JUL_6.plusWeeks(5)).email();

        assertThat(email.subject()).isEqualTo("RoleCall weekly: Test & Co, 3 new gaps, 1 critical open (2026-W33)");
        assertThat(email.text()).contains("== NEW THIS WEEK (3) ==\n* [CRITICAL] ROLE_UNASSIGNED",
                "* [HIGH] LEAVER_HOLDS_ROLE (reopened)");
    }

    @Test
    void whenTheComplianceManagerRoleIsVacantTheWeeklyReportGoesToTopManagementAndSaysSoFirst() {
        harness.scan(ROLES.replace("primary: [ada@test.example], backup", "primary: [], backup"),
                people(PersonStatus.ACTIVE, "Ada"), JUL_6);

        OutgoingEmail email = reports.sendWeekly(JUL_6).email();

        assertThat(email.to()).containsExactly(Email.of("ceo@test.example"), Email.of("sec@test.example"));
        assertThat(email.text()).startsWith("!! The ISMS Manager role (isms-manager) has no active holder");
        assertThat(email.html().indexOf("has no active holder")).isLessThan(email.html().indexOf("<h1"));
    }

    @Test
    void directoryTextIsEscapedInHtmlAndKeptVerbatimInText() {
        historyOfFourWeeks();

        OutgoingEmail weekly = reports.sendWeekly(JUL_6.plusWeeks(3)).email();
        OutgoingEmail quarterly = reports.sendQuarterly(JUL_6.plusWeeks(3)).email();

        for (OutgoingEmail email : List.of(weekly, quarterly)) {
            assertThat(email.html()).doesNotContain("<img").contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;");
            assertThat(email.text()).contains(EVIL);
        }
        assertThat(weekly.html()).contains("Test &amp; Co").doesNotContain("Test & Co");
    }

    @Test
    void theQuarterlyReportShowsTheComplianceManagerCoverageExposureAndResolutionTimes() {
        historyOfFourWeeks();

        OutgoingEmail email = reports.sendQuarterly(JUL_6.plusWeeks(3)).email();

        assertThat(email.reference()).isEqualTo("quarterly-2026-Q3");
        assertThat(email.to()).containsExactly(Email.of("ceo@test.example"), Email.of("sec@test.example"));
        assertThat(email.subject()).startsWith("RoleCall quarterly ISMS roles posture: Test & Co, 2026-Q3");
        String text = email.text();
        assertThat(text).contains("ISMS Manager (isms-manager): " + EVIL + " (ada@test.example)",
                "Role coverage (active primary): 100.0% / - / -",
                // Leo's leaver finding was open from Jul 13 to Jul 27: 14 holder-days.
                "Leaver exposure this period: 14 holder-days",
                "High: 2 resolved, mean 14.0 days",
                "[High] One person holds conflicting roles",
                "* Run internal audits [ISO/IEC 27001:2022 9.2]",
                "R: Internal Auditor (Ian Auditor)");
    }

    @Test
    void theQuarterlyReportComparesWithTheLastScanBeforeTheQuarter() {
        harness.scan(ROLES, people(PersonStatus.LEFT, "Ada"), LocalDate.of(2026, 6, 20));
        harness.scan(ROLES, people(PersonStatus.ACTIVE, "Ada"), LocalDate.of(2026, 9, 30));

        QuarterlyReport report = QuarterlyReport.build(inputsAfterScans(LocalDate.of(2026, 10, 1)),
                harness.storage().runs().latestOnOrBefore(LocalDate.of(2026, 6, 30)).orElseThrow().metrics(),
                LocalDate.of(2026, 6, 20));

        assertThat(report.period().key()).isEqualTo("2026-Q3");
        assertThat(report.period().to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(report.changes()).anySatisfy(c -> {
            assertThat(c.metric()).isEqualTo("Role coverage (active primary)");
            assertThat(c.now()).isEqualTo("100.0%");
            assertThat(c.previous()).isEqualTo("75.0%");
            assertThat(c.change()).isEqualTo("+25.0 pts");
        });
        assertThat(reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email().text())
                .contains("previous quarter 2026-06-20", "Role coverage (active primary): 100.0% / 75.0% / +25.0 pts");
    }

    @Test
    void theWeeklyReportListsWhoHasYetToAcceptOverdueFirstAndTheQuarterlyCountsWhoHas() {
        harness.scan(ROLES, people(PersonStatus.ACTIVE, "Ada Lovelace"), JUL_6);
        var catalogue = new io.rolecall.core.catalogue.CatalogueSource("roles.yaml", ROLES).parse();
        String isms = catalogue.role("isms-manager").orElseThrow().dutiesVersion();
        harness.storage().acknowledgements().recordAsks(List.of(
                new io.rolecall.core.acknowledge.Ask(Email.of("ada@test.example"), "isms-manager", isms, JUL_6,
                        io.rolecall.core.acknowledge.Ask.Kind.NOTICE),
                new io.rolecall.core.acknowledge.Ask(Email.of("bea@test.example"), "isms-manager", isms,
                        JUL_6.plusDays(10), io.rolecall.core.acknowledge.Ask.Kind.NOTICE)));
        harness.storage().acknowledgements().recordAcceptance(new io.rolecall.core.acknowledge.Acceptance(
                Email.of("ceo@test.example"), "top-management",
                catalogue.role("top-management").orElseThrow().dutiesVersion(), 1, "sha", "roles.yaml",
                java.time.Instant.parse("2026-07-07T09:00:00Z"), List.of(), 0, "test"));
        harness.scan(ROLES, people(PersonStatus.ACTIVE, "Ada Lovelace"), JUL_6.plusWeeks(3));

        String weekly = reports.sendWeekly(JUL_6.plusWeeks(3)).email().text();
        String quarterly = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email().text();

        assertThat(weekly).contains("== DUTIES NOT YET ACCEPTED (6; 1 of 7 holders accepted) ==",
                "  ISMS Manager: Ada Lovelace (ada@test.example), overdue since 2026-07-20",
                "  ISMS Manager: Bea Backup (bea@test.example), due 2026-07-30",
                "  IT Admin: Leo Admin (leo@test.example), not asked yet");
        assertThat(weekly.indexOf("overdue since")).isLessThan(weekly.indexOf("due 2026-07-30"));
        assertThat(quarterly).contains("Roles communicated: 1 of 7 holders have accepted their "
                + "current duties (14.3%).", "Holders who accepted their duties: 1 of 7 (14.3%) / - / -");
    }

    /** Top management accepted, until 2026-08-10, that Ada backs up the internal auditor she must not be. */
    private static final String ADA_AUDITS_ACCEPTED = """
            exceptions:
              - id: ada-audits-backup
                kind: SEGREGATION_CONFLICT
                person: ada@test.example
                reason: Five people; <b>no</b> other auditor.
                compensatingControl: An external auditor reviews the audit.
                approvedBy: ceo@test.example
                approvedOn: 2026-06-15
                expires: 2026-08-10
            """;

    /** A scan on JUL_6 with Ada's conflict accepted, Ada and Leo gone: the id of Leo's leaver finding. */
    private String leoLeftAndAdaAuditsAccepted() {
        harness.scan(ROLES + ADA_AUDITS_ACCEPTED, people(PersonStatus.LEFT, "Ada Lovelace"), JUL_6);
        return harness.open(io.rolecall.core.model.FindingKind.LEAVER_HOLDS_ROLE).get(0).id();
    }

    private io.rolecall.core.usecase.NonconformityUseCase register() {
        return new io.rolecall.core.usecase.NonconformityUseCase(harness.storage(),
                new AsOfRules(Clock.systemUTC(), true));
    }

    @Test
    void theWeeklyNamesExceptionsAboutToExpireAndNonconformitiesWithoutAPlanAndTheQuarterlyShowsBoth() {
        String accepted = ROLES + ADA_AUDITS_ACCEPTED;
        String leaver = leoLeftAndAdaAuditsAccepted();
        register().raise(List.of(leaver), "Leo left holding IT admin", "ada@test.example", JUL_6);
        LocalDate asOf = JUL_6.plusDays(14);
        harness.scan(accepted, people(PersonStatus.LEFT, "Ada Lovelace"), asOf);

        OutgoingEmail weekly = reports.sendWeekly(asOf).email();
        OutgoingEmail quarterly = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email();

        assertThat(weekly.text()).contains("== NONCONFORMITIES THAT NEED ACTION (1) ==", "NC-2026-001 (OPEN",
                "Leo left holding IT admin", "== ACCEPTED RISKS EXPIRING WITHIN 30 DAYS (1) ==",
                "ada-audits-backup:", "expires 2026-08-10 (21 days); approved by ceo@test.example");
        assertThat(weekly.text()).contains("NC-2026-001 (OPEN; owner: none yet): open 14 days without a plan");
        assertThat(weekly.text().substring(0, weekly.text().indexOf("== NONCONFORMITIES")))
                .as("accepted: not an open gap").doesNotContain("SEGREGATION_CONFLICT");
        assertThat(quarterly.text()).contains("NONCONFORMITIES AND CORRECTIVE ACTIONS", "OPEN 1; ACTION_PLANNED 0; ACTION_TAKEN 0; CLOSED 0; total 1", "This period: 1 raised",
                "ACCEPTED RISKS (EXCEPTIONS IN FORCE THIS QUARTER)", "Reason: Five people; <b>no</b> other auditor.",
                "Approved by ceo@test.example on 2026-06-15; expired on 2026-08-10");
        assertThat(quarterly.html()).contains("Five people; &lt;b&gt;no&lt;/b&gt; other auditor.")
                .doesNotContain("<b>no</b>");
    }

    @Test
    void topManagementReadsEveryGapInWordsWithItsDecisionsAndTheIdsGoInTheAttachedCsv() throws Exception {
        String accepted = ROLES + ADA_AUDITS_ACCEPTED;
        String leaver = leoLeftAndAdaAuditsAccepted();
        var register = register();
        // Described with a kind code, as RoleCall described the nonconformities it raised before.
        String raised = register.raise(List.of(leaver), "LEAVER_HOLDS_ROLE overdue since 2026-07-01: Leo left",
                "ada@test.example", JUL_6).id();
        register.update(raised, new io.rolecall.core.nonconformity.Nonconformity.Plan(null, "No offboarding step",
                "Add the role hand-over to offboarding", "it-admin", JUL_6.plusDays(20)), false, null,
                "ada@test.example", JUL_6);
        harness.scan(accepted, people(PersonStatus.LEFT, "Ada Lovelace"), LocalDate.of(2026, 9, 30));

        OutgoingEmail quarterly = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email();

        assertThat(quarterly.text()).contains("Renew or end the accepted risk ada-audits-backup (One person holds "
                        + "conflicting roles, ada@test.example): it expired on 2026-08-10, so what it accepted is open "
                        + "again.",
                "See that the corrective action of nonconformity " + raised + " is done: it was due by 2026-07-26. "
                        + "A leaver still holds a role, overdue since 2026-07-01: Leo left.");
        for (String part : List.of(quarterly.html(), quarterly.text())) {
            for (io.rolecall.core.model.FindingKind kind : io.rolecall.core.model.FindingKind.values()) {
                assertThat(part).as("top management reads no kind code").doesNotContain(kind.name());
            }
            assertThat(part).as("nor a finding's id").doesNotContainPattern("f-[0-9a-f]{8}");
        }
        OutgoingEmail.Attachment gaps = quarterly.attachments().stream()
                .filter(a -> a.fileName().equals("open-gaps-2026-Q3.csv")).findFirst().orElseThrow();
        assertThat(new String(gaps.content(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("finding id,severity,kind,").contains(leaver, "LEAVER_HOLDS_ROLE");
    }

    @Test
    void theWeeklyListsTheCalendarItemsToActOnAndTheQuarterlyTheWholeCalendarWithEvidence() {
        String calendar = ROLES.replace("{id: internal-auditor, name: Internal Auditor, primary: [ian@test.example], "
                + "backup: [ada@test.example], lastReviewed: 2026-06-01}", "{id: internal-auditor, name: Internal "
                + "Auditor, primary: [ian@test.example], backup: [ada@test.example], lastReviewed: 2026-06-01, "
                + "training: {name: Auditor course, everyMonths: 24}}") + """
                activities:
                  - {id: internal-audit, name: Internal audit, ownerRole: internal-auditor, everyMonths: 12, reference: ISO/IEC 27001:2022 9.2, lastDone: 2025-06-01}
                  - {id: management-review, name: Management review, ownerRole: top-management, everyMonths: 12, lastDone: 2026-03-01}
                """;
        assertThat(calendar).contains("training: {name: Auditor course");
        harness.scan(calendar, people(PersonStatus.ACTIVE, "Ada Lovelace"), JUL_6);
        harness.storage().calendar().recordActivity(new io.rolecall.core.calendar.ActivityCompletion(
                "management-review", LocalDate.of(2026, 7, 1), "https://wiki/<minutes>", "ceo", JUL_6));

        String weekly = reports.sendWeekly(JUL_6).email().text();
        OutgoingEmail quarterly = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email();

        assertThat(weekly).contains("== ISMS CALENDAR: DUE SOON OR OVERDUE (3) ==",
                "  Internal audit [ISO/IEC 27001:2022 9.2]: overdue since 2026-06-01 (35 days)",
                "      Owner: internal-auditor: Ian Auditor (ian@test.example); last done 2025-06-01",
                "  Auditor course: Ian Auditor (ian@test.example): training overdue");
        assertThat(weekly).doesNotContain("Management review");
        assertThat(quarterly.text()).contains("ISMS CALENDAR: AUDITS, REVIEWS, TRAINING",
                "  Evidence for ISO/IEC 27001:2022 9.2, 9.3, 7.2, A.6.3.",
                "  Management review: next due 2027-07-01",
                "evidence: https://wiki/<minutes>");
        assertThat(quarterly.html()).contains("evidence: https://wiki/&lt;minutes&gt;");
    }

    @Test
    void theQuarterlyOpensWithAVerdictTheDecisionsForTopManagementAndEveryCriticalOrHighGapByName() {
        historyOfFourWeeks();
        harness.scan(ROLES, people(PersonStatus.LEFT, "Ada Lovelace"), LocalDate.of(2026, 9, 30));

        String text = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email().text();

        assertThat(text).contains("STATUS: RED: 1 high gap overdue; 3 high gaps open; 1 role without an active holder",
                "  Role coverage: 75.0% (no earlier quarter to compare)",
                "DECISIONS NEEDED FROM YOU",
                "  - Appoint an active holder for IT Admin (it-admin): it is vacant.",
                "  - End this conflict, or accept it as a risk with a compensating control: Ada Lovelace",
                "CRITICAL AND HIGH GAPS OPEN",
                "  - Leo Admin (leo@test.example) has left but still holds IT Admin (it-admin) as primary",
                "must be held by different people: No self-audit. Overdue since 2026-07-20.");
        assertThat(text.indexOf("STATUS:")).isLessThan(text.indexOf("DECISIONS NEEDED FROM YOU"));
        assertThat(text.indexOf("DECISIONS NEEDED FROM YOU")).isLessThan(text.indexOf("CRITICAL AND HIGH GAPS OPEN"));
        assertThat(text.indexOf("CRITICAL AND HIGH GAPS OPEN")).isLessThan(text.indexOf("WHO KEEPS THE ISMS"));
        assertThat(text).doesNotContain("mean - days", "((", "LEAVER_HOLDS_ROLE]")
                .containsPattern("Leaver exposure this period: \\d+ holder-days?\\n");
    }

    @Test
    void anAcceptedCriticalGapIsADecisionForTopManagementInTheQuarterly() {
        String vacantIsms = ROLES.replace("primary: [ada@test.example], backup: [bea@test.example]",
                "primary: [nobody@test.example], backup: [bea@test.example]") + """
                exceptions:
                  - id: isms-manager-vacant
                    kind: ROLE_UNASSIGNED
                    role: isms-manager
                    reason: Recruiting.
                    approvedBy: ceo@test.example
                    approvedOn: 2026-09-01
                    expires: 2026-11-30
                    allowCritical: true
                """;
        harness.scan(vacantIsms, people(PersonStatus.ACTIVE, "Ada Lovelace"), LocalDate.of(2026, 9, 30));

        String text = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email().text();

        assertThat(text).contains("DECISIONS NEEDED FROM YOU", "  - Confirm that you still accept this critical gap, "
                + "accepted as a risk until 2026-11-30 (isms-manager-vacant): ISMS Manager (isms-manager) has no "
                + "active primary holder");
    }

    @Test
    void aDocumentTheBoardHasNotApprovedIsADecisionNamingWhoIsStillToApprove() {
        String withApproval = ROLES + """
                approvals:
                  - {id: security-policy, title: Information security policy, version: '3.2', url: https://intranet.test.example/policy, approvers: top-management}
                """;
        harness.scan(withApproval, people(PersonStatus.ACTIVE, "Ada Lovelace"), LocalDate.of(2026, 9, 30));

        String text = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email().text();

        assertThat(text).contains("DECISIONS NEEDED FROM YOU", "  - Approve Information security policy, version 3.2 "
                + "(0 of the 1 approvals needed from Top Management are in): Cleo Executive (ceo@test.example) still "
                + "to approve, with the link in their notice.");
    }

    @Test
    void aQuarterWithNothingOpenAboveLowIsGreenAndComparesWithTheQuarterBefore() {
        String healthy = ROLES.replace("backup: [ada@test.example], lastReviewed: 2026-06-01}",
                "backup: [bea@test.example], lastReviewed: 2026-06-01}").replace("conflicts:\n", "conflicts: []\n")
                .replace("  - {roles: [isms-manager, internal-auditor], reason: No self-audit}\n", "");
        harness.scan(healthy, people(PersonStatus.ACTIVE, "Ada Lovelace"), LocalDate.of(2026, 6, 29));
        harness.scan(healthy, people(PersonStatus.ACTIVE, "Ada Lovelace"), LocalDate.of(2026, 9, 30));

        String text = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email().text();

        assertThat(text).contains("STATUS: GREEN: nothing needs top management",
                "  Role coverage: 100.0% (unchanged since last quarter)", "  None this quarter.");
    }

    @Test
    void whoActsIsTheHolderOfTheRoleTheRaciMakesAccountableElseTheComplianceManager() {
        List<Person> ianLeft = people(PersonStatus.ACTIVE, "Ada Lovelace");
        ianLeft.removeIf(p -> p.email().value().equals("ian@test.example"));
        ianLeft.add(person("ian@test.example").name("Ian Auditor").status(PersonStatus.LEFT).build());
        harness.scan(ROLES, ianLeft, JUL_6);

        String weekly = reports.sendWeekly(JUL_6).email().text();

        assertThat(weekly).contains("has left but still holds Internal Auditor (internal-auditor)")
                .contains("Who acts: Cleo Executive (ceo@test.example), accountable as Top Management")
                .contains("Who acts: Ada Lovelace (ada@test.example), as ISMS Manager");
    }

    @Test
    void theRoleRegisterShowsHoldersBackupsReviewsAcceptanceAndWhoChangedDuringTheQuarter() {
        historyOfFourWeeks();

        String text = reports.sendQuarterly(LocalDate.of(2026, 10, 1)).email().text();

        assertThat(text).contains("ROLE REGISTER\n  Evidence for ISO/IEC 27001:2022 5.3, A.5.2.",
                "  IT Admin (it-admin): Bea Backup (bea@test.example)",
                "    Backup: Cleo Executive (ceo@test.example); reports to: -; last reviewed: 2026-06-01; "
                        + "duties accepted: 0 of 2 holders",
                "    Changes this period: Bea Backup (bea@test.example), backup, until 2026-07-20; Leo Admin "
                        + "(leo@test.example), primary, until 2026-07-20; Bea Backup (bea@test.example), primary, "
                        + "since 2026-07-27; Cleo Executive (ceo@test.example), backup, since 2026-07-27",
                "duties accepted: 0 of 1 holder\n",
                "  Top Management (top-management): Cleo Executive (ceo@test.example)");
        assertThat(text.indexOf("ROLE REGISTER")).isLessThan(text.indexOf("POSTURE (now"));
        assertThat(text).contains("APPENDIX: RACI MATRIX WITH CURRENT HOLDERS");
    }

    @Test
    void theQuarterlyDrawsTrendChartsOverTheStoredQuartersWithAltTextAndTheSameNumbersInTheText() {
        List<TrendChart> painted = new ArrayList<>();
        ReportUseCase charting = new ReportUseCase(harness.storage(), new ReportRenderer(chart -> {
            painted.add(chart);
            return new byte[] {1, 2, 3};
        }), mailer, new AsOfRules(Clock.systemUTC(), true));
        harness.scan(ROLES, people(PersonStatus.ACTIVE, "Ada Lovelace"), LocalDate.of(2026, 5, 4));
        historyOfFourWeeks();

        OutgoingEmail email = charting.sendQuarterly(LocalDate.of(2026, 10, 1)).email();

        assertThat(painted).extracting(TrendChart::title).containsExactly("Role and backup coverage",
                "Open gaps by severity", "Holders who accepted their duties", "Mean time to resolve a gap");
        assertThat(painted.get(0).quarters()).containsExactly("Q2 2026", "Q3 2026");
        assertThat(email.inline()).extracting(OutgoingEmail.Inline::contentId)
                .containsExactly("chart-coverage-2026-Q3.png", "chart-open-gaps-2026-Q3.png",
                        "chart-acknowledged-2026-Q3.png", "chart-time-to-resolve-2026-Q3.png");
        assertThat(email.html()).contains("src=\"cid:chart-coverage-2026-Q3.png\"",
                "alt=\"Role and backup coverage, Q2 2026 to Q3 2026: Role coverage went from 100.0% in Q2 2026 to");
        assertThat(email.text()).contains("TRENDS BY QUARTER", "  Q2 2026   roles 100.0%", "  Q3 2026   roles");
    }

    @Test
    void withOneQuarterOfHistoryTheQuarterlySaysThereIsNothingToCompareInsteadOfDrawing() {
        ReportUseCase charting = new ReportUseCase(harness.storage(), new ReportRenderer(chart -> {
            throw new AssertionError("nothing to draw");
        }), mailer, new AsOfRules(Clock.systemUTC(), true));
        historyOfFourWeeks();

        OutgoingEmail email = charting.sendQuarterly(LocalDate.of(2026, 10, 1)).email();

        assertThat(email.inline()).isEmpty();
        assertThat(email.text()).contains("Trends need scans stored in at least two quarters");
    }

    @Test
    void aReportBeforeAnyScanSaysToScanFirst() {
        assertThatThrownBy(() -> reports.sendWeekly(JUL_6)).isInstanceOf(NothingScannedException.class)
                .hasMessageContaining("run a scan first");
        assertThat(mailer.sent()).isEmpty();
    }

    private ReportInputs inputsAfterScans(LocalDate asOf) {
        var catalogue = harness.storage().runs()
                .catalogue(harness.storage().runs().latest().orElseThrow().catalogueSha256()).orElseThrow().parse();
        var known = harness.storage().people().knownPeople();
        var directory = io.rolecall.core.model.DirectorySnapshot.of(known.all().stream()
                .filter(io.rolecall.core.history.KnownPerson::isPresent).map(k -> k.person()).toList());
        var holdings = io.rolecall.core.holding.RoleHoldings.resolve(catalogue, directory, known);
        return new ReportInputs(catalogue, directory, holdings,
                io.rolecall.core.acknowledge.AcknowledgementPlan.of(catalogue, holdings,
                        harness.storage().ledger().openPeriods(), harness.storage().acknowledgements().records(), asOf),
                harness.storage().findings().findings(), harness.storage().nonconformities().all(), asOf);
    }
}
