package io.rolecall.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void secondsAreTakenAsGivenAndNeverNegative() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 7 ", NOW)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("-5", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aDateIsTheTimeLeftUntilItAndZeroOnceItHasPassed() {
        assertThat(RetryAfter.parse("Mon, 30 Nov 2026 08:01:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Mon, 30 Nov 2026 07:59:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anAbsentOrUnreadableHeaderLeavesTheWaitToTheCaller() {
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse(" ", NOW)).isNull();
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
    }
}
