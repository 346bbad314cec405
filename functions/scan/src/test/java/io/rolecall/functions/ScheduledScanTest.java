package io.rolecall.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScheduledScanTest {

    private final ScheduledScan scan = new ScheduledScan(null, "roles.yaml", (catalogue, asOf) -> null, (catalogue, asOf) -> null, null, null,
            Duration.ofMinutes(30));

    @Test
    void theReadEndsInTimeForTheScanToStoreItsResult() {
        assertThat(scan.readDeadline(Duration.ofSeconds(900))).isEqualTo(Duration.ofSeconds(780));
        assertThat(scan.readDeadline(Duration.ofHours(2))).isEqualTo(Duration.ofMinutes(30));
        assertThat(scan.readDeadline(null)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anInvocationWithoutTimeForAReadFailsBeforeReading() {
        assertThatThrownBy(() -> scan.readDeadline(Duration.ofSeconds(100)))
                .isInstanceOf(ScheduledScan.ScanFailedException.class)
                .hasMessageContaining("has only 100 s left");
    }
}
