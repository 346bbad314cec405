package io.rolecall.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.port.DirectoryReadException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PatientRequestsTest {

    private final List<Duration> slept = new ArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private PatientRequests requests(int attempts, Duration budget) {
        return new PatientRequests("Okta", attempts, Duration.ofSeconds(1), budget, slept::add, new Random(7));
    }

    private String failTimes(int failures, Exception failure) throws Exception {
        if (calls.incrementAndGet() <= failures) {
            throw failure;
        }
        return "page";
    }

    @Test
    void aSuccessfulRequestIsSentOnce() {
        assertThat(requests(3, Duration.ofMinutes(1)).send("GET /x", () -> failTimes(0, null), e -> null))
                .isEqualTo("page");
        assertThat(calls).hasValue(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void aServerGivenDelayIsHonoured() {
        PatientRequests patient = requests(3, Duration.ofMinutes(1));

        String page = patient.send("GET /x", () -> failTimes(1, new IOException("429")),
                e -> Failure.retry("HTTP 429", Duration.ofSeconds(17)));

        assertThat(page).isEqualTo("page");
        assertThat(slept).containsExactly(Duration.ofSeconds(17));
        assertThat(patient.requests()).isEqualTo(2);
        assertThat(patient.retries()).isEqualTo(1);
        assertThat(patient.waitedMillis()).isEqualTo(17_000);
    }

    @Test
    void withoutAHintTheDelayBacksOffExponentiallyWithJitter() {
        requests(5, Duration.ofMinutes(5)).send("GET /x", () -> failTimes(4, new IOException("reset")),
                e -> Failure.retry("connection reset", null));

        assertThat(slept).hasSize(4);
        long[] bases = {1000, 2000, 4000, 8000};
        for (int i = 0; i < 4; i++) {
            assertThat(slept.get(i).toMillis()).isBetween((long) (bases[i] * 0.75), (long) (bases[i] * 1.25));
        }
    }

    @Test
    void aFatalFailureStopsAtOnceWithItsMessage() {
        assertThatThrownBy(() -> requests(5, Duration.ofMinutes(1)).send("GET /api/v1/users",
                () -> failTimes(9, new IOException("401")), e -> Failure.fatal("the API token was rejected")))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessage("Okta request GET /api/v1/users failed: the API token was rejected");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aRequestThatKeepsFailingFailsTheReadAfterTheLastAttempt() {
        assertThatThrownBy(() -> requests(3, Duration.ofMinutes(1)).send("GET /api/v1/users (page 7)",
                () -> failTimes(99, new IOException("500")), e -> Failure.retry("HTTP 500", null)))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Okta request GET /api/v1/users (page 7) failed 3 times, the last with HTTP 500")
                .hasMessageContaining("nothing was scanned");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aWaitThatWouldOverrunTheBudgetFailsBeforeSleeping() {
        PatientRequests patient = requests(5, Duration.ofSeconds(30));
        patient.waitForRateLimit(Duration.ofSeconds(20), "GET /api/v1/users");

        assertThatThrownBy(() -> patient.send("GET /api/v1/users (page 2)", () -> failTimes(1, new IOException()),
                e -> Failure.retry("HTTP 429", Duration.ofSeconds(15))))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("would need a wait of 15.0 s (HTTP 429)")
                .hasMessageContaining("may wait 30.0 s in all and has waited 20.0 s");
        assertThat(slept).containsExactly(Duration.ofSeconds(20));
        assertThat(patient.rateLimitWaits()).isEqualTo(1);
    }
}
