package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.Fixtures;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.core.testing.RecordingMailer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps after a scan, the same for the scan function and the rolecall command. */
class ScanCycleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String ROLES = Fixtures.ONE_ROLE;

    private final Storage storage = InMemoryStorage.create();
    private final MutableClock clock = new MutableClock(DAY.atTime(6, 0).toInstant(ZoneOffset.UTC));
    private final AsOfRules rules = new AsOfRules(clock, true);
    private final RecordingMailer mailer = new RecordingMailer();
    private final List<String> held = new ArrayList<>();
    private final ScanCycle scheduled = new ScanCycle(new ScanUseCase(storage, events -> { }, rules),
            new NonconformityUseCase(storage, rules), (result, source, asOf) -> held.add(source + " " + asOf),
            () -> new NotifyUseCase(storage, new InMemoryReportLog(), mailer, LinkSigner.fromSecret("s".repeat(48)),
                    PublicUrl.of("https://roles.test.example"), rules, Duration.ofMinutes(5)));

    private static List<Person> company(int size, int leftFrom) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Person person = active("p" + i + "@test.example", "Person " + i);
            people.add(i < leftFrom ? person : Person.builder(person.id(), person.email().value())
                    .status(PersonStatus.LEFT).build());
        }
        return people;
    }

    private ScanCycle.Outcome run(ScanCycle cycle, List<Person> people, LocalDate asOf) {
        clock.set(LocalDateTime.of(asOf, java.time.LocalTime.of(6, 0)).toInstant(ZoneOffset.UTC));
        return cycle.run(ScanRequest.of(new CatalogueSource("roles.yaml", ROLES), DirectorySnapshot.of(people),
                "export", asOf, false));
    }

    @Test
    void aStoredScanIsFollowedByTheRegisterAndTheHoldersNotices() {
        ScanCycle.Outcome outcome = run(scheduled, company(40, 40), DAY);

        assertThat(outcome.result().held()).isFalse();
        assertThat(outcome.holderNotices().notices()).isEqualTo(2);
        assertThat(mailer.sent()).hasSize(2);
        assertThat(outcome.heldNoticeSent()).isFalse();
        assertThat(held).isEmpty();
    }

    @Test
    void aHeldScanIsToldAndNothingElseRuns() {
        run(scheduled, company(40, 40), DAY);
        mailer.sent().clear();

        ScanCycle.Outcome outcome = run(scheduled, company(40, 25), DAY.plusDays(1));

        assertThat(outcome.result().held()).isTrue();
        assertThat(outcome.heldNoticeSent()).isTrue();
        assertThat(held).containsExactly("export 2026-11-03");
        assertThat(outcome.nonconformities()).isEqualTo(NonconformityUseCase.AfterScan.NONE);
        assertThat(outcome.holderNotices()).isEqualTo(NotifyUseCase.Result.NONE);
        assertThat(mailer.sent()).isEmpty();
    }

    @Test
    void locallyTheCycleKeepsTheRegisterAndLeavesHoldersNoticesToTheirOwnCommand() {
        ScanCycle local = ScanCycle.scanAndRegister(new ScanUseCase(storage, events -> { }, rules),
                new NonconformityUseCase(storage, rules));
        run(local, company(40, 40), DAY);
        List<Person> ownerLeft = company(40, 40);
        ownerLeft.set(0, Person.builder("p0", "p0@test.example").status(PersonStatus.LEFT).build());
        run(local, ownerLeft, DAY.plusDays(1));

        ScanCycle.Outcome overdue = run(local, ownerLeft, DAY.plusDays(30));

        assertThat(overdue.nonconformities().raised()).isNotEmpty();
        assertThat(overdue.holderNotices()).isEqualTo(NotifyUseCase.Result.NONE);
        assertThat(mailer.sent()).isEmpty();
    }
}
