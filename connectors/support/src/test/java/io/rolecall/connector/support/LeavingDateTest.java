package io.rolecall.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeavingDateTest {

    @Test
    void aDateOrATimestampGivesTheDay() {
        assertThat(LeavingDate.parse("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(LeavingDate.parse(" 2026-12-31T17:00:00.000Z ")).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void anythingElseIsNoDateRatherThanAFailedRead() {
        assertThat(LeavingDate.parse(null)).isNull();
        assertThat(LeavingDate.parse("  ")).isNull();
        assertThat(LeavingDate.parse("end of December")).isNull();
        assertThat(LeavingDate.parse("31/12/2026")).isNull();
    }
}
