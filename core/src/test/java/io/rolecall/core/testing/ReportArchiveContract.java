package io.rolecall.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.port.ReportArchive;
import io.rolecall.core.port.ReportArchive.ArchivedReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReportArchive} must do; each store runs these tests. */
public abstract class ReportArchiveContract {

    private static final LocalDate MON = LocalDate.parse("2026-11-30");
    private static final Instant AT = Instant.parse("2026-11-30T08:00:05.123Z");

    private ReportArchive archive;

    protected abstract ReportArchive newArchive();

    @BeforeEach
    void setUpArchive() {
        archive = newArchive();
    }

    private static byte[] message(String text) {
        return ("Subject: " + text + "\r\n\r\n" + text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aKeptCopyIsListedAndReadBackByteForByte() {
        byte[] eml = message("Weekly gap report");
        ArchivedReport kept = ArchivedReport.of("weekly-2026-W49", MON, AT, "0100-abc,0100-def", 2, eml);

        archive.keep(kept, eml);

        assertThat(archive.between(MON, MON)).containsExactly(kept);
        assertThat(archive.message(kept)).isEqualTo(eml);
    }

    /** A quarterly with its charts and PDF is megabytes: more than one DynamoDB item holds. */
    @Test
    void aCopyOfSeveralMegabytesIsKeptWhole() {
        byte[] eml = new byte[2_500_000];
        new Random(7).nextBytes(eml);
        ArchivedReport kept = ArchivedReport.of("quarterly-2026-Q4", MON, AT, "id", 3, eml);

        archive.keep(kept, eml);

        assertThat(archive.between(MON, MON)).containsExactly(kept);
        assertThat(archive.message(kept)).isEqualTo(eml);
    }

    @Test
    void keepingTheSameSendTwiceKeepsOneAndAnotherSendOfTheSameReportIsKeptBeside() {
        byte[] first = message("first");
        byte[] again = message("sent again by hand");
        ArchivedReport one = ArchivedReport.of("weekly-2026-W49", MON, AT, "a", 1, first);
        ArchivedReport two = ArchivedReport.of("weekly-2026-W49", MON, AT.plusSeconds(60), "b", 1, again);

        archive.keep(one, first);
        archive.keep(one, first);
        archive.keep(two, again);

        assertThat(archive.between(MON, MON)).containsExactly(one, two);
        assertThat(archive.message(two)).isEqualTo(again);
    }

    @Test
    void theReportsOfAPeriodAreThoseDatedInItOldestFirst() {
        ArchivedReport before = keep("weekly-2026-W44", MON.minusWeeks(5));
        ArchivedReport last = keep("quarterly-2026-Q4", MON);
        ArchivedReport first = keep("weekly-2026-W45", MON.minusWeeks(4));
        ArchivedReport middle = keep("weekly-2026-W47", MON.minusWeeks(2));
        ArchivedReport after = keep("weekly-2026-W50", MON.plusWeeks(1));

        assertThat(archive.between(MON.minusWeeks(4), MON)).containsExactly(first, middle, last);
        assertThat(archive.between(MON.minusWeeks(5), MON.minusWeeks(5))).containsExactly(before);
        assertThat(archive.between(MON.plusDays(1), MON.plusWeeks(2))).containsExactly(after);
        assertThat(archive.between(MON.plusWeeks(2), MON.plusWeeks(3))).isEmpty();
    }

    private ArchivedReport keep(String key, LocalDate asOf) {
        byte[] eml = message(key);
        ArchivedReport report = ArchivedReport.of(key, asOf, asOf.atTime(6, 0).toInstant(java.time.ZoneOffset.UTC),
                "id-" + key, 1, eml);
        archive.keep(report, eml);
        return report;
    }

    @Test
    void aCopyThatDoesNotMatchItsDescriptionIsRefusedAndNothingIsKept() {
        ArchivedReport described = ArchivedReport.of("weekly-2026-W49", MON, AT, "a", 1, message("what was sent"));

        assertThatThrownBy(() -> archive.keep(described, message("something else")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekly-2026-W49");
        assertThat(archive.between(MON, MON)).isEmpty();
    }

    @Test
    void askingForACopyNeverKeptFailsAndSaysWhich() {
        ArchivedReport never = ArchivedReport.of("weekly-2026-W48", MON, AT, "a", 1, message("x"));

        assertThatThrownBy(() -> archive.message(never)).hasMessageContaining("weekly-2026-W48");
    }
}
