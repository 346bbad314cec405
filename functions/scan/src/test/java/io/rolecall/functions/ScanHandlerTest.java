package io.rolecall.functions;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.Fixtures;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.NonconformityUseCase;
import io.rolecall.core.usecase.ScanCycle;
import io.rolecall.core.usecase.ScanRequest;
import io.rolecall.core.usecase.ScanUseCase;
import io.rolecall.functions.testing.Invocations;
import io.rolecall.functions.testing.StubContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ScanFunction's handler on recorded events: what it asks the scan for, and what it answers. */
class ScanHandlerTest {

    private static final String ROLES = Fixtures.ONE_ROLE;

    private final Storage storage = InMemoryStorage.create();
    private final AsOfRules rules = new AsOfRules(Clock.systemUTC(), true);
    private final ScanCycle cycle = ScanCycle.scanAndRegister(new ScanUseCase(storage, events -> { }, rules),
            new NonconformityUseCase(storage, rules));
    private final List<String> asked = new ArrayList<>();
    private List<Person> people = company(40, 40);

    /** The scan as the function runs it, over an in-memory store, recording what the handler asked. */
    private final ScanHandler handler = new ScanHandler((asOf, accept, timeLeft) -> {
        asked.add(asOf + " accept=" + accept + " left=" + timeLeft);
        return new ScheduledScan.Outcome(cycle.run(ScanRequest.of(new CatalogueSource("roles.yaml", ROLES),
                DirectorySnapshot.of(people), "export", asOf, accept)), people.size());
    }, Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/London"));

    private static List<Person> company(int size, int leftFrom) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Person person = active("p" + i + "@test.example", "Person " + i);
            people.add(i < leftFrom ? person : Person.builder(person.id(), person.email().value())
                    .status(PersonStatus.LEFT).build());
        }
        return people;
    }

    @Test
    void aScheduledEventScansItsOwnDayWithTheInvocationsTimeLeftAndAnswersWhatChanged() {
        Map<String, Object> answer = Invocations.invokeForMap(handler, Invocations.event("scheduled-event.json"),
                StubContext.withTimeLeft(900_000));

        assertThat(asked).containsExactly("2026-11-30 accept=false left=" + Duration.ofSeconds(900));
        assertThat(answer).containsEntry("asOf", "2026-11-30").containsEntry("people", 40)
                .containsEntry("status", "SCANNED").containsKeys("runId", "open", "opened", "overdue", "notices")
                .doesNotContainKeys("leavers", "previouslyActive");
        assertThat(answer.keySet()).startsWith("asOf", "people", "status");
    }

    @Test
    void aHeldScanAnswersItsLeaversAndAnAcceptingInvocationStoresIt() throws Exception {
        Invocations.invoke(handler, Invocations.event("scheduled-event.json"), StubContext.withTimeLeft(900_000));
        people = company(40, 25);

        Map<String, Object> held = Invocations.invokeForMap(handler, "{\"time\": \"2026-12-01T06:00:00Z\"}", null);
        Map<String, Object> accepted = Invocations.invokeForMap(handler,
                Invocations.event("accept-directory-change.json"), null);

        assertThat(held).containsEntry("status", "HELD").containsEntry("leavers", 15)
                .containsEntry("previouslyActive", 40).doesNotContainKey("runId");
        assertThat(asked.get(1)).isEqualTo("2026-12-01 accept=false left=null");
        // The stack's ScanHeldAlarm counts log lines with exactly this message.
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("target/function-logs.jsonl")))
                .contains("\"message\":\"" + ScanHandler.HELD_MESSAGE + "\"");
        assertThat(asked.get(2)).startsWith("2026-12-02 accept=true");
        assertThat(accepted).containsEntry("status", "SCANNED");
    }

    @Test
    void aRunThatFailsFailsTheInvocation() {
        ScanHandler failing = new ScanHandler((asOf, accept, timeLeft) -> {
            throw new ScheduledScan.ScanFailedException("roles.yaml is invalid: 1 problem", null);
        }, Clock.systemUTC(), ZoneId.of("UTC"));

        assertThatThrownBy(() -> Invocations.invoke(failing, Invocations.event("scheduled-event.json"), null))
                .isInstanceOf(ScheduledScan.ScanFailedException.class).hasMessageContaining("roles.yaml is invalid");
    }

    @Test
    void anEventWithAnUnusableTimeCountsAsTodayInTheStacksZone() {
        Invocations.invoke(handler, "{\"time\": \"<aws.scheduler.scheduled-time>\"}", null);

        assertThat(asked).containsExactly("2026-12-07 accept=false left=null");
        assertThat(LocalDate.parse(asked.get(0).substring(0, 10))).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
