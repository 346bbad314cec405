package io.rolecall.core.usecase;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsOfRulesTest {

    private static final Clock NOV_29 = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void todayAndTomorrowAreAllowedBecauseTimeZonesDiffer() {
        AsOfRules rules = AsOfRules.from(NOV_29, Map.of());

        assertThatCode(() -> rules.refuseFuture(LocalDate.of(2026, 11, 29), "this scan")).doesNotThrowAnyException();
        assertThatCode(() -> rules.refuseFuture(LocalDate.of(2026, 11, 30), "this scan")).doesNotThrowAnyException();
        assertThatCode(() -> rules.refuseFuture(LocalDate.of(2020, 1, 6), "this scan")).doesNotThrowAnyException();
    }

    @Test
    void theDayAfterTomorrowIsRefusedWithTheReasonAndTheWayOut() {
        AsOfRules rules = AsOfRules.from(NOV_29, Map.of());

        assertThatThrownBy(() -> rules.refuseFuture(LocalDate.of(9999, 12, 31), "this scan"))
                .isInstanceOf(AsOfRefusedException.class)
                .hasMessageContaining("this scan is dated 9999-12-31, more than a day after today (2026-11-29")
                .hasMessageContaining("ROLECALL_ALLOW_FUTURE_AS_OF=1");
    }

    @Test
    void theEnvironmentSwitchAllowsFutureDaysForSimulationsOnlyWhenItIsOne() {
        assertThatCode(() -> AsOfRules.from(NOV_29, Map.of("ROLECALL_ALLOW_FUTURE_AS_OF", "1"))
                .refuseFuture(LocalDate.of(2027, 6, 1), "this scan")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AsOfRules.from(NOV_29, Map.of("ROLECALL_ALLOW_FUTURE_AS_OF", "yes please"))
                .refuseFuture(LocalDate.of(2027, 6, 1), "this scan")).isInstanceOf(AsOfRefusedException.class);
    }
}
