package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.acknowledge.AcknowledgementPage;
import io.rolecall.core.acknowledge.AcknowledgementRenderer;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.acknowledge.FormPost;
import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.core.testing.RecordingMailer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Notices, links and the acceptance page together, over the in-memory store. */
class AcknowledgementFlowTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 2);
    private static final PublicUrl URL = PublicUrl.of("https://roles.acme.example/");
    private static final Pattern LINK = Pattern.compile("https://roles\\.acme\\.example/ack/([A-Za-z0-9_-]+)");
    private static final String ROLES = """
            version: 1
            organisation: Acme <Ltd>
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@acme.example], backupRequired: false, acknowledgement: {required: false}}
              - id: isms-manager
                name: ISMS Manager
                description: Keeps the ISMS <b>conformant</b>
                duties: [Report ISMS performance quarterly]
                authorities: [Stop a release]
                reportsTo: top-management
                primary: [ada@acme.example]
                backup: [bea@acme.example]
                questions:
                  - question: How often do you report?
                    options: [Every quarter, Once a year]
                    answer: Every quarter
              - {id: it-admin, name: IT Admin, primary: [ada@acme.example], backup: [bea@acme.example], reportsTo: isms-manager}
            responsibilities:
              - {id: isms-operation, name: Operate the ISMS, reference: ISO/IEC 27001:2022 5.3, responsible: [isms-manager], accountable: [top-management]}
            activities:
              - {id: access-review, name: Access review, ownerRole: it-admin, everyMonths: 3, reference: A.5.18, lastDone: 2026-08-20}
            """;

    private final Storage storage = InMemoryStorage.create();
    private final InMemoryReportLog sentEmails = new InMemoryReportLog();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(MON.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final LinkSigner signer = LinkSigner.fromSecret("s".repeat(48));
    private final NotifyUseCase notify = new NotifyUseCase(storage, sentEmails, mailer, signer, URL,
            new AsOfRules(clock, false), Duration.ofMinutes(5));
    private final AcknowledgementPages pages = new AcknowledgementPages(storage, signer, URL, clock);

    private List<Person> staff = List.of(active("ceo@acme.example", "Cleo"), active("ada@acme.example", "Ada Lovelace"),
            active("bea@acme.example", "Bea Backup"));

    private void scan(String roles, LocalDate day) {
        clock.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        new ScanUseCase(storage, clock).scan(ScanRequest.of(new CatalogueSource("roles.yaml", roles),
                DirectorySnapshot.of(staff), "test", day, false));
    }

    private NotifyUseCase.Result notifyOn(LocalDate day) {
        clock.set(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
        return notify.sendDue(day);
    }

    private OutgoingEmail emailTo(String address) {
        return mailer.sent().stream().filter(e -> e.to().equals(List.of(Email.of(address)))).reduce((a, b) -> b)
                .orElseThrow();
    }

    private static List<String> tokens(OutgoingEmail email) {
        Matcher matcher = LINK.matcher(email.text());
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private String adaIsmsToken() {
        return tokens(emailTo("ada@acme.example")).get(0);
    }

    private static FormPost post(Map<String, String> fields) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        fields.forEach((k, v) -> multi.put(k, List.of(v)));
        return new FormPost(multi, "null", "same-origin", "Mozilla/5.0 (test)");
    }

    private Map<String, String> answers(String token, String q0, boolean accept) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("form", signer.formToken(token)));
        if (q0 != null) {
            fields.put("q0", q0);
        }
        if (accept) {
            fields.put("accept", "yes");
        }
        return fields;
    }

    @Test
    void everyActiveHolderGetsOneEmailWithEveryRoleAndALinkEachAndOnlyOncePerDay() {
        scan(ROLES, MON);

        NotifyUseCase.Result first = notify.sendDue(MON);
        NotifyUseCase.Result again = notify.sendDue(MON);

        assertThat(first.notices()).isEqualTo(2);
        assertThat(again.sent()).isEmpty();
        assertThat(mailer.sent()).hasSize(2);
        OutgoingEmail ada = emailTo("ada@acme.example");
        assertThat(ada.subject()).isEqualTo("Your information security roles at Acme <Ltd>: ISMS Manager and IT Admin");
        assertThat(tokens(ada)).hasSize(2).doesNotHaveDuplicates();
        assertThat(ada.text()).contains("Hello Ada Lovelace,", "Report ISMS performance quarterly", "Stop a release",
                "You report to: Top Management, held by Cleo (ceo@acme.example)",
                "Backed up by Bea Backup (bea@acme.example).",
                "Responsible: Operate the ISMS (ISO/IEC 27001:2022 5.3)", "please read each below", "by 2026-11-16",
                "works until 2026-12-16", "Ask Ada Lovelace (ada@acme.example).",
                "Your ISMS activities:\n  - Access review (A.5.18), every 3 months: due 2026-11-20 (in 18 days)");
        assertThat(ada.text().indexOf("Your ISMS activities")).as("under IT Admin, the role that owns it")
                .isGreaterThan(ada.text().indexOf("== IT Admin =="));
        assertThat(ada.html()).contains("Keeps the ISMS &lt;b&gt;conformant&lt;/b&gt;", "Acme &lt;Ltd&gt;")
                .doesNotContain("<b>conformant");
        assertThat(emailTo("bea@acme.example").text()).contains("You back up Ada Lovelace (ada@acme.example).");
        assertThat(mailer.sent()).noneMatch(e -> e.to().contains(Email.of("ceo@acme.example")));
        assertThat(storage.acknowledgements().records().asks()).hasSize(4).extracting(Ask::kind)
                .containsOnly(Ask.Kind.NOTICE);
    }

    private ScanResult scanResult(LocalDate day) {
        clock.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        return new ScanUseCase(storage, clock).scan(ScanRequest.of(new CatalogueSource("roles.yaml", ROLES),
                DirectorySnapshot.of(staff), "test", day, false));
    }

    @Test
    void afterEachScheduledScanWhatIsDueGoesOutAndTheDaysQuietScansLookOnlyUntilEverythingWent() {
        NotifyUseCase.Result first = notify.afterScan(MON, scanResult(MON));
        ScanResult afterAsks = scanResult(MON);
        NotifyUseCase.Result afterTheAsks = notify.afterScan(MON, afterAsks);
        ScanResult quiet = scanResult(MON);
        NotifyUseCase.Result afterQuiet = notify.afterScan(MON, quiet);

        assertThat(first.notices()).isEqualTo(2);
        assertThat(afterAsks.holders()).as("the asks recorded made the rules run again").isNotNull();
        assertThat(afterTheAsks.sent()).isEmpty();
        assertThat(quiet.holders()).as("the quiet scan repeated the one before").isNull();
        assertThat(afterQuiet).isEqualTo(NotifyUseCase.Result.NONE);
        assertThat(mailer.sent()).hasSize(2);

        mailer.failNextSend(new IllegalStateException("SES throttled"));
        ScanResult nextDay = scanResult(MON.plusDays(7));
        assertThatThrownBy(() -> notify.afterScan(MON.plusDays(7), nextDay))
                .isInstanceOf(NoticeDeliveryException.class);
        NotifyUseCase.Result retried = notify.afterScan(MON.plusDays(7), scanResult(MON.plusDays(7)));
        assertThat(retried.reminders()).as("the failed reminder, sent by the next quiet scan").isEqualTo(1);
    }

    @Test
    void remindersFollowEveryWeekUntilAccepted() {
        scan(ROLES, MON);
        notify.sendDue(MON);

        assertThat(notifyOn(MON.plusDays(6)).sent()).isEmpty();
        scan(ROLES, MON.plusDays(7));
        NotifyUseCase.Result week = notifyOn(MON.plusDays(7));

        assertThat(week.reminders()).isEqualTo(2);
        assertThat(emailTo("ada@acme.example").subject()).startsWith("Reminder: your information security roles");
        assertThat(emailTo("ada@acme.example").text()).contains("REMINDER: you have not accepted",
                "by 2026-11-16");
    }

    @Test
    void leaversSuspendedPeopleAndServiceAccountsAreNeverAsked() {
        staff = List.of(active("ceo@acme.example", "Cleo"), person("ada@acme.example").status(PersonStatus.LEFT).build(),
                person("bea@acme.example").status(PersonStatus.SUSPENDED).build());
        scan(ROLES, MON);

        assertThat(notify.sendDue(MON).sent()).isEmpty();
    }

    @Test
    void aFailedSendIsNotRecordedAndTheNextRunSendsIt() {
        scan(ROLES, MON);
        mailer.failNextSend(new IllegalStateException("Email address is not verified. The following identities "
                + "failed the check in region EU-WEST-1: Ada <ada@acme.example>"));

        // The message reaches the function's log, which names no person.
        assertThatThrownBy(() -> notify.sendDue(MON)).isInstanceOf(NoticeDeliveryException.class)
                .hasMessageContaining("1 of 2 notices could not be sent (Email address is not verified. The "
                        + "following identities failed the check in region EU-WEST-1: Ada <(an address)>)")
                .message().doesNotContain("@");
        assertThat(notify.sendDue(MON).notices()).isEqualTo(1);
        assertThat(mailer.sent()).extracting(e -> e.to().get(0).value())
                .containsExactlyInAnyOrder("ada@acme.example", "bea@acme.example");
    }

    @Test
    void aLinkOnlyShowsTheDutiesAndRecordsNothing() {
        scan(ROLES, MON);
        notify.sendDue(MON);
        String revision = storage.acknowledgements().revision();

        AcknowledgementPage page = pages.show(adaIsmsToken());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.form()).isTrue();
        assertThat(page.duties().name()).isEqualTo("ISMS Manager");
        assertThat(page.duties().capacity()).isEqualTo("primary");
        assertThat(page.duties().authorities()).containsExactly("Stop a release");
        assertThat(page.duties().reportsTo()).as("named, as the notice names them")
                .isEqualTo("Top Management, held by Cleo (ceo@acme.example)");
        assertThat(page.duties().counterpartsLine()).isEqualTo("Backed up by Bea Backup (bea@acme.example).");
        assertThat(page.acceptBy()).isEqualTo("Please accept by 2026-11-16.");
        assertThat(new AcknowledgementRenderer().render(page)).contains("How often do you report?",
                "I understand and accept these duties", "&lt;b&gt;conformant");
        assertThat(storage.acknowledgements().revision()).isEqualTo(revision);
        assertThat(storage.acknowledgements().records().attempts()).isEmpty();
    }

    private static final String TWO_QUESTIONS = ROLES.replace("""
                    answer: Every quarter
            """, """
                    answer: Every quarter
                  - question: Whom do you report to?
                    options: [The auditor, Top management, Nobody]
                    answer: Top management
            """);

    @Test
    void aWrongAnswerKeepsTheOtherAnswersAndTheConsentAndMarksTheWrongQuestion() {
        scan(TWO_QUESTIONS, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();
        Map<String, String> fields = answers(token, "0", true);
        fields.put("q1", "2");

        AcknowledgementPage page = pages.submit(token, post(fields));

        assertThat(page.readAgain()).containsExactly(2);
        assertThat(page.consented()).as("the tick stays").isTrue();
        AcknowledgementPage.FormQuestion first = page.questions().get(0);
        AcknowledgementPage.FormQuestion second = page.questions().get(1);
        assertThat(first.wrong()).isFalse();
        assertThat(first.options()).filteredOn(AcknowledgementPage.FormQuestion.FormOption::checked)
                .extracting(AcknowledgementPage.FormQuestion.FormOption::text).containsExactly("Every quarter");
        assertThat(second.wrong()).isTrue();
        assertThat(second.options()).as("to be answered again").noneMatch(
                AcknowledgementPage.FormQuestion.FormOption::checked);
        String html = new AcknowledgementRenderer().render(page);
        assertThat(html).contains("class=\"wrong\"", "Not right: read the duties above again")
                .containsPattern("<input type=\"checkbox\" name=\"accept\" value=\"yes\" checked>");
    }

    @Test
    void aLinkShowsTheOptionsInItsOwnOrderTheSameEachTime() {
        scan(TWO_QUESTIONS, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();

        List<String> shown = pages.show(token).questions().get(1).options().stream()
                .map(AcknowledgementPage.FormQuestion.FormOption::text).toList();
        List<String> again = pages.show(token).questions().get(1).options().stream()
                .map(AcknowledgementPage.FormQuestion.FormOption::text).toList();

        assertThat(again).as("stable for one link").isEqualTo(shown);
        assertThat(shown).containsExactlyInAnyOrder("The auditor", "Top management", "Nobody");
        java.util.Set<List<Integer>> orders = new java.util.HashSet<>();
        for (int holder = 0; holder < 30; holder++) {
            orders.add(AcknowledgementPages.optionOrder(new io.rolecall.core.acknowledge.LinkClaims(
                    Email.of("holder" + holder + "@acme.example"), "isms-manager", "0123456789abcdef", MON), 0, 4));
        }
        assertThat(orders).as("other holders see other orders, not the file's for everyone").hasSizeGreaterThan(5);
        assertThat(orders.stream().filter(order -> order.equals(List.of(0, 1, 2, 3)))).hasSizeLessThan(5);
    }

    @Test
    void aWrongAnswerIsKeptAsAnAttemptAndNamesTheQuestionNeverTheAnswer() {
        scan(ROLES, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();

        AcknowledgementPage wrong = pages.submit(token, post(answers(token, "1", true)));
        AcknowledgementPage unticked = pages.submit(token, post(answers(token, "0", false)));
        AcknowledgementPage missing = pages.submit(token, post(answers(token, null, true)));

        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.message()).isEqualTo("Not accepted yet: your answer to question 1 was not right. Read the "
                + "duties again, then answer it again.").doesNotContain("Every quarter");
        assertThat(wrong.form()).isTrue();
        assertThat(unticked.message()).contains("tick");
        assertThat(missing.readAgain()).containsExactly(1);
        assertThat(storage.acknowledgements().records().attempts()).hasSize(2).allSatisfy(attempt -> {
            assertThat(attempt.wrongQuestions()).containsExactly(1);
            assertThat(attempt.userAgent()).isEqualTo("Mozilla/5.0 (test)");
        });
        assertThat(storage.acknowledgements().records().acceptances()).isEmpty();
    }

    @Test
    void wrongAnswersPastTheHourlyLimitAreRefusedWithoutBeingKeptUntilTheNextHour() {
        scan(ROLES, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();
        clock.set(Instant.parse("2026-11-02T10:05:00Z"));
        for (int i = 0; i < AcknowledgementPages.WRONG_ATTEMPTS_PER_HOUR; i++) {
            assertThat(pages.submit(token, post(answers(token, "1", true))).status()).isEqualTo(200);
        }

        AcknowledgementPage refused = pages.submit(token, post(answers(token, "1", true)));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.message()).contains("no more are taken until 11:00 UTC");
        assertThat(storage.acknowledgements().records().attempts()).hasSize(AcknowledgementPages.WRONG_ATTEMPTS_PER_HOUR);
        assertThat(pages.attemptsRefused()).isEqualTo(1);
        clock.set(Instant.parse("2026-11-02T11:00:00Z"));
        assertThat(pages.submit(token, post(answers(token, "1", true))).status()).as("the next hour").isEqualTo(200);
        assertThat(pages.submit(token, post(answers(token, "0", true))).title()).isEqualTo("Accepted: ISMS Manager");
    }

    @Test
    void postsOfOneFormAtOnceKeepOneAcceptanceAndAreAnsweredAlike() throws Exception {
        scan(ROLES, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();
        int posts = 8;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(posts);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(posts);
        try {
            List<java.util.concurrent.Future<AcknowledgementPage>> answered = new java.util.ArrayList<>();
            for (int i = 0; i < posts; i++) {
                answered.add(threads.submit(() -> {
                    together.await();
                    return pages.submit(token, post(answers(token, "0", true)));
                }));
            }
            for (java.util.concurrent.Future<AcknowledgementPage> page : answered) {
                AcknowledgementPage shown = page.get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(shown.status()).isEqualTo(200);
                assertThat(shown.title()).isIn("Accepted: ISMS Manager", "ISMS Manager: accepted");
                assertThat(shown.successTone()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(storage.acknowledgements().records().acceptances()).hasSize(1);
    }

    private static final String WITH_POLICY = ROLES + """
            documents:
              - {id: security-policy, title: Information security policy, version: '3.2', url: https://intranet.acme.example/policy, audience: everyone, dueDays: 7}
            """;

    @Test
    void everyoneInADocumentsAudienceAcknowledgesItOnTheSignedPageAndANewVersionAsksAgain() {
        scan(WITH_POLICY, MON);
        notifyOn(MON);
        OutgoingEmail toCeo = emailTo("ceo@acme.example");
        assertThat(toCeo.text()).contains("Information security policy", "3.2", "https://intranet.acme.example/policy");
        String token = tokens(toCeo).get(0);

        AcknowledgementPage page = pages.show(token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(storage.acknowledgements().records().acceptances()).as("a GET records nothing").isEmpty();
        AcknowledgementPage accepted = pages.submit(token, post(answers(token, null, true)));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(storage.acknowledgements().records().acceptances()).singleElement().satisfies(a -> {
            assertThat(a.person()).isEqualTo(Email.of("ceo@acme.example"));
            assertThat(a.roleId()).isEqualTo("document:security-policy");
        });

        scan(WITH_POLICY, MON.plusDays(8));
        assertThat(storage.findings().findings()).filteredOn(f -> f.isOpen()
                        && f.kind() == io.rolecall.core.model.FindingKind.DOCUMENT_NOT_ACKNOWLEDGED)
                .extracting(f -> f.person().value()).containsExactlyInAnyOrder("ada@acme.example", "bea@acme.example");

        scan(WITH_POLICY.replace("version: '3.2'", "version: '3.3'"), MON.plusDays(9));
        notifyOn(MON.plusDays(9));
        assertThat(emailTo("ceo@acme.example").text()).as("a new version asks again").contains("3.3");
    }

    @Test
    void rightAnswersAndConsentRecordTheAcceptanceOnceWithItsEvidence() {
        scan(ROLES, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();
        pages.submit(token, post(answers(token, "1", true)));
        clock.set(Instant.parse("2026-11-03T14:30:00Z"));

        AcknowledgementPage accepted = pages.submit(token, post(answers(token, "0", true)));
        AcknowledgementPage reused = pages.show(token);
        AcknowledgementPage postedAgain = pages.submit(token, post(answers(token, "0", true)));

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.message()).contains("you accepted the duties of ISMS Manager on 2026-11-03");
        assertThat(reused.message()).isEqualTo("You accepted these duties on 2026-11-03. Nothing more to do.");
        assertThat(reused.form()).isFalse();
        assertThat(postedAgain.message()).contains("already; nothing new was recorded");
        assertThat(storage.acknowledgements().records().acceptances()).singleElement().satisfies(a -> {
            assertThat(a.person()).isEqualTo(Email.of("ada@acme.example"));
            assertThat(a.roleId()).isEqualTo("isms-manager");
            assertThat(a.acceptedAt()).isEqualTo(Instant.parse("2026-11-03T14:30:00Z"));
            assertThat(a.answers()).containsExactly("Every quarter");
            assertThat(a.failedAttempts()).isEqualTo(1);
            assertThat(a.catalogueSha256()).isEqualTo(new CatalogueSource("roles.yaml", ROLES).sha256());
            assertThat(a.catalogueName()).isEqualTo("roles.yaml");
            assertThat(a.userAgent()).isEqualTo("Mozilla/5.0 (test)");
        });
    }

    @Test
    void aPostFromAnotherSiteOrWithoutThePagesFormValueRecordsNothing() {
        scan(ROLES, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();
        Map<String, List<String>> right = Map.of("form", List.of(signer.formToken(token)), "q0", List.of("0"),
                "accept", List.of("yes"));

        AcknowledgementPage crossSite = pages.submit(token, new FormPost(right, "https://evil.example", "cross-site", "x"));
        AcknowledgementPage sameSite = pages.submit(token, new FormPost(right, "null", "same-site", "x"));
        AcknowledgementPage otherOrigin = pages.submit(token, new FormPost(right, "https://evil.example", null, "x"));
        AcknowledgementPage noFormValue = pages.submit(token, post(Map.of("q0", "0", "accept", "yes")));

        assertThat(List.of(crossSite, sameSite, otherOrigin, noFormValue)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.duties()).isNull();
        });
        assertThat(pages.submit(token, new FormPost(right, "https://roles.acme.example", null, "x")).status())
                .isEqualTo(200);
        assertThat(storage.acknowledgements().records().acceptances()).hasSize(1);
    }

    @Test
    void aNoticeDatedInThePastCarriesALinkThatWorksForItsWholeTimeFromWhenItIsSent() {
        scan(ROLES, MON);
        LocalDate sentOn = MON.plusDays(90);
        clock.set(sentOn.atTime(9, 0).toInstant(ZoneOffset.UTC));
        notify.sendDue(MON);
        String token = adaIsmsToken();

        clock.set(sentOn.plusDays(14 + 29).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(pages.show(token).status()).as("within its time, counted from the day it went out").isEqualTo(200);
        clock.set(sentOn.plusDays(14 + 31).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(pages.show(token).status()).isEqualTo(410);
    }

    @Test
    void tamperedExpiredSupersededAndNoLongerHeldLinksSayWhatHappensNextAndRecordNothing() {
        scan(ROLES, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();
        String tampered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);

        assertThat(pages.show(tampered).status()).isEqualTo(404);
        assertThat(pages.show("nonsense").status()).isEqualTo(404);

        clock.set(LocalDate.of(2026, 12, 17).atStartOfDay().toInstant(ZoneOffset.UTC));
        AcknowledgementPage expired = pages.show(token);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.message()).contains("expired on 2026-12-16", "A reminder with a new link comes by email");

        scan(ROLES.replace("Stop a release", "Stop any release"), MON.plusDays(1));
        AcknowledgementPage superseded = pages.show(token);
        assertThat(superseded.status()).isEqualTo(410);
        assertThat(superseded.message()).contains("have changed since this link was sent");

        String current = tokens(emailTo("bea@acme.example")).get(0);
        staff = List.of(active("ceo@acme.example", "Cleo"), active("ada@acme.example", "Ada Lovelace"),
                person("bea@acme.example").status(PersonStatus.LEFT).build());
        scan(ROLES, MON.plusDays(2));
        assertThat(pages.show(current).status()).isEqualTo(410);
        assertThat(pages.show(current).message()).contains("no longer hold");
        assertThat(storage.acknowledgements().records().acceptances()).isEmpty();
    }

    private final AcknowledgementEndpoint endpoint = new AcknowledgementEndpoint(pages);

    private AcknowledgementEndpoint.Response http(String method, String path, String contentType, String body) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("user-agent", "Mozilla/5.0 (test)",
                "sec-fetch-site", "same-origin", "origin", "null"));
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        return endpoint.handle(new AcknowledgementEndpoint.Request(method, path, headers,
                body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void overHttpEveryPageCarriesHeadersThatLoadNothingLeakNothingAndCacheNothing() {
        scan(ROLES, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();

        AcknowledgementEndpoint.Response get = http("GET", "/ack/" + token, null, null);
        AcknowledgementEndpoint.Response head = http("HEAD", "/ack/" + token, null, null);

        assertThat(get.status()).isEqualTo(200);
        assertThat(get.headers()).containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("Cache-Control", "no-store")
                .containsEntry("Content-Type", "text/html; charset=utf-8")
                .hasEntrySatisfying("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'none'",
                        "frame-ancestors 'none'", "form-action 'self'"));
        assertThat(get.body()).contains("<form", "name=\"form\" value=\"" + signer.formToken(token) + "\"")
                .doesNotContain("<script", "http://", "src=\"https");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(http("GET", "/", null, null).status()).isEqualTo(404);
        assertThat(http("GET", "/ack/" + token + "/../../etc", null, null).status()).isEqualTo(404);
        assertThat(http("DELETE", "/ack/" + token, null, null).headers()).containsEntry("Allow", "GET, HEAD, POST");
    }

    @Test
    void overHttpOnlyASmallUrlEncodedFormIsReadAndItsUtf8Decoded() {
        scan(ROLES, MON);
        notify.sendDue(MON);
        String token = adaIsmsToken();
        String form = "form=" + signer.formToken(token) + "&q0=0&accept=yes&note=Zo%C3%AB+%26+co";

        assertThat(http("POST", "/ack/" + token, "text/plain", form).status()).isEqualTo(415);
        assertThat(http("POST", "/ack/" + token, "application/x-www-form-urlencoded", "q0=%E2%28")
                .status()).isEqualTo(400);
        assertThat(http("POST", "/ack/" + token, "application/x-www-form-urlencoded",
                form + "&pad=" + "x".repeat(AcknowledgementEndpoint.MAX_BODY_BYTES)).status()).isEqualTo(413);
        assertThat(AcknowledgementEndpoint.formFields(form.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .containsEntry("note", List.of("Zo\u00eb & co")).containsEntry("q0", List.of("0"));
        AcknowledgementEndpoint.Response accepted = http("POST", "/ack/" + token,
                "application/x-www-form-urlencoded; charset=UTF-8", form);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body()).contains("you accepted the duties of ISMS Manager");
        assertThat(storage.acknowledgements().records().acceptances()).hasSize(1);
    }
}
