package io.rolecall.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.DirectorySource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineDirectorySourceTest {

    private static final DirectorySnapshot ONE = DirectorySnapshot.of(List.of(
            Person.builder("00u1", "ada@acme.example").build()));

    /** Each step takes {@code stepMillis}; the fingerprint says it could take one. */
    private record SlowSource(long stepMillis) implements DirectorySource {
        @Override
        public DirectorySnapshot read() {
            pause();
            return ONE;
        }

        @Override
        public Optional<DirectoryFingerprint> fingerprint() {
            pause();
            return Optional.of(ONE.fingerprint());
        }

        private void pause() {
            try {
                Thread.sleep(stepMillis);
            } catch (InterruptedException e) {
                throw new IllegalStateException("stopped at the deadline", e);
            }
        }

        @Override
        public String describe() {
            return "file:slow.json";
        }
    }

    @Test
    void aFingerprintAndThenAReadShareOneDeadline() {
        DirectorySource source = DeadlineDirectorySource.of(new SlowSource(1_200), Duration.ofSeconds(2));

        assertThat(source.fingerprint()).contains(ONE.fingerprint());
        assertThatThrownBy(source::read).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("did not finish within its deadline of 2 s")
                .hasMessageContaining("file:slow.json");
    }

    @Test
    void aReadWithinItsDeadlineReturnsTheDirectory() {
        DirectorySource source = DeadlineDirectorySource.of(new SlowSource(10), Duration.ofSeconds(5));

        assertThat(source.fingerprint()).contains(ONE.fingerprint());
        assertThat(source.read()).isSameAs(ONE);
    }
}
