package io.rolecall.core.testing;

import static io.rolecall.core.testing.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.calendar.ActivityCompletion;
import io.rolecall.core.calendar.CalendarRecords;
import io.rolecall.core.calendar.TrainingCompletion;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.CalendarStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CalendarStore} must do; each implementation runs these tests. */
public abstract class CalendarStoreContract {

    private static final Email ADA = Email.of("ada@acme.example");

    private CalendarStore store;

    /** A new, empty store. */
    protected abstract CalendarStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    private static TrainingCompletion training(Email person, String role, int daysAgo, String evidence) {
        return new TrainingCompletion(person, role, DAY.minusDays(daysAgo), evidence, "lms-import", DAY);
    }

    @Test
    void completionsOfActivitiesAreKeptWithTheirEvidenceAndTheLatestIsFound() {
        store.recordActivity(new ActivityCompletion("internal-audit", DAY.minusYears(1), "https://wiki/audit-2025",
                "ada@acme.example", DAY.minusYears(1)));
        store.recordActivity(new ActivityCompletion("internal-audit", DAY, "Audit report <2026> & \"minutes\"",
                "arn:aws:sts::1:assumed-role/cm/ada", DAY));
        store.recordActivity(new ActivityCompletion("management-review", DAY.minusDays(3), "minutes", "ada", DAY));

        CalendarRecords records = store.records();

        assertThat(records.activities()).hasSize(3);
        assertThat(records.lastOf("internal-audit")).hasValueSatisfying(last -> {
            assertThat(last.completedOn()).isEqualTo(DAY);
            assertThat(last.evidence()).isEqualTo("Audit report <2026> & \"minutes\"");
            assertThat(last.by()).isEqualTo("arn:aws:sts::1:assumed-role/cm/ada");
            assertThat(last.recordedOn()).isEqualTo(DAY);
        });
        assertThat(records.historyOf("internal-audit")).extracting(ActivityCompletion::completedOn)
                .containsExactly(DAY, DAY.minusYears(1));
        assertThat(records.lastOf("access-review")).isEmpty();
    }

    @Test
    void theSameCompletionRecordedTwiceIsKeptOnce() {
        ActivityCompletion audit = new ActivityCompletion("internal-audit", DAY, "report", "ada", DAY);
        store.recordActivity(audit);
        store.recordActivity(audit);
        store.recordTraining(List.of(training(ADA, "internal-auditor", 10, "cert-1")));
        store.recordTraining(List.of(training(ADA, "internal-auditor", 10, "cert-1")));

        assertThat(store.records().activities()).hasSize(1);
        assertThat(store.records().training()).hasSize(1);
    }

    @Test
    void aBatchOfTrainingIsStoredWholeAndTheLatestPerPersonAndRoleIsFound() {
        List<TrainingCompletion> batch = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            batch.add(training(Email.of("p" + i + "@acme.example"), "incident-response-lead", i, "LMS #" + i));
        }
        batch.add(training(ADA, "internal-auditor", 400, "old certificate"));
        batch.add(training(ADA, "internal-auditor", 20, "new certificate"));

        store.recordTraining(batch);

        assertThat(store.records().training()).hasSize(62);
        assertThat(store.records().lastTraining(ADA, "internal-auditor"))
                .hasValueSatisfying(t -> assertThat(t.evidence()).isEqualTo("new certificate"));
        assertThat(store.records().lastTraining(ADA, "incident-response-lead")).isEmpty();
    }

    @Test
    void theRevisionChangesWithEveryRecordAndOnlyThen() {
        String empty = store.revision();
        assertThat(store.revision()).isEqualTo(empty);

        store.recordActivity(new ActivityCompletion("internal-audit", DAY, "report", "ada", DAY));
        String afterActivity = store.revision();
        store.recordTraining(List.of(training(ADA, "internal-auditor", 1, "cert")));

        assertThat(afterActivity).isNotEqualTo(empty);
        assertThat(store.revision()).isNotEqualTo(afterActivity).isEqualTo(store.revision());
    }
}
