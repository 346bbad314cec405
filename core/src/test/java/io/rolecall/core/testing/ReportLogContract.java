package io.rolecall.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.port.ReportLog;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReportLog} must do; each implementation runs these tests. */
public abstract class ReportLogContract {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(15);

    private ReportLog log;

    protected abstract ReportLog newReportLog();

    @BeforeEach
    void setUpLog() {
        log = newReportLog();
    }

    @Test
    void theFirstClaimWinsAndALiveClaimBlocksASecond() {
        assertThat(log.claim("weekly-2026-W49", T0, LEASE)).isTrue();
        assertThat(log.claim("weekly-2026-W49", T0.plusSeconds(60), LEASE)).isFalse();
        assertThat(log.claim("weekly-2026-W50", T0.plusSeconds(60), LEASE)).isTrue();
    }

    @Test
    void aSentReportIsNeverClaimedAgain() {
        log.claim("weekly-2026-W49", T0, LEASE);
        log.markSent("weekly-2026-W49", T0.plusSeconds(5), "0100019aa-ses-id", 3);

        assertThat(log.claim("weekly-2026-W49", T0.plus(Duration.ofDays(2)), LEASE)).isFalse();
        assertThat(log.find("weekly-2026-W49")).hasValueSatisfying(report -> {
            assertThat(report.sent()).isTrue();
            assertThat(report.sentAt()).isEqualTo(T0.plusSeconds(5));
            assertThat(report.claimedAt()).isEqualTo(T0);
            assertThat(report.deliveryId()).isEqualTo("0100019aa-ses-id");
            assertThat(report.recipients()).isEqualTo(3);
        });
    }

    @Test
    void aReleasedClaimCanBeTakenAgain() {
        log.claim("quarterly-2026-Q4", T0, LEASE);
        log.release("quarterly-2026-Q4");

        assertThat(log.find("quarterly-2026-Q4")).isEmpty();
        assertThat(log.claim("quarterly-2026-Q4", T0.plusSeconds(1), LEASE)).isTrue();
    }

    @Test
    void releasingNeverUndoesASend() {
        log.claim("weekly-2026-W49", T0, LEASE);
        log.markSent("weekly-2026-W49", T0, "id", 1);

        log.release("weekly-2026-W49");

        assertThat(log.find("weekly-2026-W49")).hasValueSatisfying(r -> assertThat(r.sent()).isTrue());
    }

    @Test
    void aClaimOlderThanItsLeaseIsAbandonedAndCanBeTaken() {
        log.claim("weekly-2026-W49", T0, LEASE);

        assertThat(log.claim("weekly-2026-W49", T0.plus(LEASE).minusSeconds(1), LEASE)).isFalse();
        assertThat(log.claim("weekly-2026-W49", T0.plus(LEASE).plusSeconds(1), LEASE)).isTrue();
    }

    @Test
    void anUnknownReportIsNotFound() {
        assertThat(log.find("weekly-1999-W01")).isEmpty();
    }

    @Test
    void aDeliveryIsClaimedOnceAndListedWithItsRecipientByChannelAndTime() {
        assertThat(log.claim("slack:notice-2026-11-30-aa", T0, LEASE)).isTrue();
        assertThat(log.claim("slack:notice-2026-11-30-aa", T0.plusSeconds(1), LEASE)).isFalse();
        log.markDelivered("slack:notice-2026-11-30-aa", T0.plusSeconds(2), "D024BE91L/1764489602.000200", "U012AB3CD");
        log.claim("slack:weekly-2026-W49", T0, LEASE);
        log.markDelivered("slack:weekly-2026-W49", T0.plusSeconds(1), "C0ISMS/1764489601.000100", "C0ISMS");
        log.claim("jira:f-1", T0, LEASE);
        log.markDelivered("jira:f-1", T0, "SEC-7", "SEC");
        log.claim("slack:notice-2026-12-01-bb", T0, LEASE);

        assertThat(log.claim("slack:notice-2026-11-30-aa", T0.plus(Duration.ofDays(1)), LEASE)).isFalse();
        assertThat(log.sentBetween("slack:", T0, T0.plusSeconds(60))).as("sent ones only, by time")
                .extracting(ReportLog.SentReport::reportKey, ReportLog.SentReport::recipient,
                        ReportLog.SentReport::deliveryId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("slack:weekly-2026-W49", "C0ISMS",
                                "C0ISMS/1764489601.000100"),
                        org.assertj.core.groups.Tuple.tuple("slack:notice-2026-11-30-aa", "U012AB3CD",
                                "D024BE91L/1764489602.000200"));
        assertThat(log.sentBetween("slack:", T0.plusSeconds(2), T0.plusSeconds(60))).hasSize(1);
        assertThat(log.find("jira:f-1")).hasValueSatisfying(d -> assertThat(d.recipient()).isEqualTo("SEC"));
    }
}
