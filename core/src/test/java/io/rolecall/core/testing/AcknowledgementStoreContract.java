package io.rolecall.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.acknowledge.AcknowledgementRecords;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.acknowledge.Attempt;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.AcknowledgementStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AcknowledgementStore} must do; each implementation runs these tests. */
public abstract class AcknowledgementStoreContract {

    private static final Email ADA = Email.of("ada@acme.example");
    private static final Email BOB = Email.of("bob@acme.example");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private AcknowledgementStore store;

    protected abstract AcknowledgementStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    private static Acceptance acceptance(Email person, String role, Instant at) {
        return acceptance(person, role, 1, at);
    }

    private static Acceptance acceptance(Email person, String role, int sequence, Instant at) {
        return new Acceptance(person, role, "0123456789abcdef", sequence, "f".repeat(64),
                "s3://rolecall-config/roles.yaml?versionId=3HL4kqtJlcpXroDTDmJ", at,
                List.of("Every quarter", "Top management, Zoë's \"board\""), 2, "Mozilla/5.0 (X11; Linux x86_64)");
    }

    @Test
    void anAcceptanceComesBackExactlyWithAllItsEvidence() {
        Acceptance accepted = acceptance(ADA, "isms-manager", Instant.parse("2026-11-02T09:15:30.123456789Z"));

        store.recordAcceptance(accepted);

        assertThat(store.records().acceptances()).containsExactly(accepted);
        assertThat(store.recordsOf(ADA, "isms-manager").acceptances()).containsExactly(accepted);
    }

    @Test
    void aSecondAcceptanceOfTheSameDutiesIsKeptBesideTheFirst() {
        Acceptance first = acceptance(ADA, "isms-manager", 1, Instant.parse("2026-01-02T09:00:00Z"));
        Acceptance again = acceptance(ADA, "isms-manager", 2, Instant.parse("2027-01-05T09:00:00Z"));

        assertThat(store.recordAcceptance(first)).isTrue();
        assertThat(store.recordAcceptance(again)).isTrue();

        assertThat(store.records().acceptances()).containsExactlyInAnyOrder(first, again);
    }

    @Test
    void twoPostsOfOneFormKeepOneAcceptanceAndTheSecondIsToldSo() {
        Acceptance first = acceptance(ADA, "isms-manager", 1, Instant.parse("2026-11-02T09:00:00.100Z"));
        Acceptance doubleClick = acceptance(ADA, "isms-manager", 1, Instant.parse("2026-11-02T09:00:00.350Z"));
        String before = store.revision();

        assertThat(store.recordAcceptance(first)).isTrue();
        String afterFirst = store.revision();
        assertThat(store.recordAcceptance(doubleClick)).isFalse();

        assertThat(store.records().acceptances()).containsExactly(first);
        assertThat(afterFirst).isNotEqualTo(before);
        assertThat(store.revision()).as("nothing new was kept").isEqualTo(afterFirst);
    }

    @Test
    void atMostSoManyWrongAttemptsAreKeptPerHolderVersionAndHour() {
        Instant nine = Instant.parse("2026-11-02T09:00:00Z");
        for (int i = 0; i < 3; i++) {
            assertThat(store.recordAttempt(attempt(ADA, "v1", nine.plusSeconds(60L * i)), 3)).isTrue();
        }

        assertThat(store.recordAttempt(attempt(ADA, "v1", nine.plusSeconds(3_599)), 3)).as("a fourth in the hour").isFalse();
        assertThat(store.recordAttempt(attempt(ADA, "v2", nine.plusSeconds(300)), 3)).as("another version").isTrue();
        assertThat(store.recordAttempt(attempt(BOB, "v1", nine.plusSeconds(300)), 3)).as("another holder").isTrue();
        assertThat(store.recordAttempt(attempt(ADA, "v1", nine.plusSeconds(3_600)), 3)).as("the next hour").isTrue();
        assertThat(store.recordsOf(ADA, "isms-manager").attempts()).hasSize(5);
    }

    private static Attempt attempt(Email person, String version, Instant at) {
        return new Attempt(person, "isms-manager", version, at, List.of("no"), List.of(1), "curl/8.5");
    }

    @Test
    void wrongAttemptsAreKeptWithTheirAnswers() {
        Attempt attempt = new Attempt(ADA, "isms-manager", "0123456789abcdef", Instant.parse("2026-11-02T09:10:00Z"),
                List.of("Once a year, at the audit", ""), List.of(1, 2), "curl/8.5");

        assertThat(store.recordAttempt(attempt, 10)).isTrue();

        assertThat(store.records().attempts()).containsExactly(attempt);
        assertThat(store.recordsOf(ADA, "isms-manager").attempts()).containsExactly(attempt);
    }

    @Test
    void theSameAskRecordedTwiceIsKeptOnce() {
        Ask notice = new Ask(ADA, "isms-manager", "0123456789abcdef", DAY, Ask.Kind.NOTICE);
        Ask reminder = new Ask(ADA, "isms-manager", "0123456789abcdef", DAY.plusDays(7), Ask.Kind.REMINDER);

        store.recordAsks(List.of(notice));
        store.recordAsks(List.of(notice, reminder));

        assertThat(store.records().asks()).containsExactlyInAnyOrder(notice, reminder);
    }

    @Test
    void onePersonsRecordsForOneRoleAreTheirsAlone() {
        store.recordAcceptance(acceptance(ADA, "isms-manager", Instant.parse("2026-11-02T09:00:00Z")));
        store.recordAcceptance(acceptance(ADA, "risk-owner", Instant.parse("2026-11-02T09:01:00Z")));
        store.recordAcceptance(acceptance(BOB, "isms-manager", Instant.parse("2026-11-02T09:02:00Z")));
        store.recordAcceptance(acceptance(Email.of("ada@acme.example.org"), "isms-manager",
                Instant.parse("2026-11-02T09:03:00Z")));
        store.recordAsks(List.of(new Ask(ADA, "isms-manager-backup", "v", DAY, Ask.Kind.NOTICE),
                new Ask(ADA, "isms-manager", "v", DAY, Ask.Kind.NOTICE)));

        AcknowledgementRecords ada = store.recordsOf(ADA, "isms-manager");

        assertThat(ada.acceptances()).extracting(Acceptance::acceptedAt)
                .containsExactly(Instant.parse("2026-11-02T09:00:00Z"));
        assertThat(ada.asks()).extracting(Ask::roleId).containsExactly("isms-manager");
        assertThat(store.recordsOf(Email.of("carol@acme.example"), "isms-manager"))
                .isEqualTo(AcknowledgementRecords.NONE);
    }

    @Test
    void theRevisionChangesWithEveryAcceptanceAndAskButNotWithAWrongAttempt() {
        String empty = store.revision();
        store.recordAsks(List.of(new Ask(ADA, "isms-manager", "v", DAY, Ask.Kind.NOTICE)));
        String asked = store.revision();
        store.recordAttempt(new Attempt(ADA, "isms-manager", "v", Instant.parse("2026-11-02T09:10:00Z"),
                List.of("x"), List.of(1), "curl"), 10);
        String attempted = store.revision();
        store.recordAcceptance(acceptance(ADA, "isms-manager", Instant.parse("2026-11-02T09:15:00Z")));

        assertThat(asked).isNotEqualTo(empty);
        assertThat(attempted).isEqualTo(asked);
        assertThat(store.revision()).isNotEqualTo(asked).isNotEqualTo(empty);
        assertThat(store.revision()).as("reading does not change it").isEqualTo(store.revision());
    }
}
