package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.FindingEvent;
import io.rolecall.core.port.FindingEvents;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanEventsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: isms-manager}
            roles:
              - {id: isms-manager, name: ISMS, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01}
            """;

    private final Storage storage = InMemoryStorage.create();
    private final List<FindingEvent> published = new ArrayList<>();
    private final ScanUseCase scans = new ScanUseCase(storage, published::addAll,
            new AsOfRules(Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC), true));

    private ScanResult scan(PersonStatus bea, LocalDate asOf) {
        List<Person> people = List.of(active("ada@test.example", "Ada"),
                person("bea@test.example").status(bea).build());
        return scans.scan(ScanRequest.of(new CatalogueSource("roles.yaml", ROLES), DirectorySnapshot.of(people), "test",
                asOf, false));
    }

    @Test
    void eachOpenedAndResolvedFindingIsPublishedOnce() {
        scan(PersonStatus.ACTIVE, DAY);
        assertThat(published).isEmpty();

        scan(PersonStatus.LEFT, DAY.plusDays(1));
        assertThat(published).extracting(e -> ((FindingEvent.Opened) e).finding().kind())
                .containsExactlyInAnyOrder(FindingKind.LEAVER_HOLDS_ROLE, FindingKind.BACKUP_MISSING);
        assertThat(published).allSatisfy(e -> {
            assertThat(e.organisation()).isEqualTo("Test Co");
            assertThat(e.asOf()).isEqualTo(DAY.plusDays(1));
        });

        published.clear();
        scan(PersonStatus.LEFT, DAY.plusDays(2));
        assertThat(published).isEmpty();

        scan(PersonStatus.ACTIVE, DAY.plusDays(3));
        assertThat(published).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(FindingEvent.Resolved.class));
        assertThat(published).extracting(FindingEvent::eventId).allMatch(id -> id.endsWith(":resolved:" + DAY.plusDays(3)));
    }

    @Test
    void aReopenedFindingIsPublishedAsOpenedAndSaysSo() {
        scan(PersonStatus.LEFT, DAY);
        scan(PersonStatus.ACTIVE, DAY.plusDays(1));
        published.clear();

        scan(PersonStatus.LEFT, DAY.plusDays(2));

        assertThat(published).hasSize(2).allSatisfy(e -> assertThat(((FindingEvent.Opened) e).reopened()).isTrue());
    }

    @Test
    void whenPublishingFailsTheFindingsAreNotStoredSoTheRetryPublishesThemAgain() {
        scan(PersonStatus.ACTIVE, DAY);
        FindingEvents broken = events -> {
            throw new IllegalStateException("EventBridge is down");
        };
        List<Person> leaver = List.of(active("ada@test.example", "Ada"),
                person("bea@test.example").status(PersonStatus.LEFT).build());
        ScanUseCase failing = new ScanUseCase(storage, broken, new AsOfRules(Clock.systemUTC(), true));

        assertThatThrownBy(() -> failing.scan(ScanRequest.of(new CatalogueSource("roles.yaml", ROLES),
                DirectorySnapshot.of(leaver), "test", DAY.plusDays(1), false))).hasMessageContaining("EventBridge");
        assertThat(storage.findings().findings()).isEmpty();

        scan(PersonStatus.LEFT, DAY.plusDays(1));
        assertThat(published).hasSize(2);
    }

    @Test
    void aHeldScanIsPublishedWithTheGuardsNumbers() {
        List<Person> company = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            company.add(active("p" + i + "@test.example", "P" + i));
        }
        String roles = ROLES.replace("ada@test.example", "p0@test.example").replace("bea@test.example", "p1@test.example");
        scans.scan(ScanRequest.of(new CatalogueSource("roles.yaml", roles), DirectorySnapshot.of(company), "test", DAY,
                false));

        ScanResult held = scans.scan(ScanRequest.of(new CatalogueSource("roles.yaml", roles),
                DirectorySnapshot.of(company.subList(0, 20)), "test", DAY.plusDays(1), false));

        assertThat(held.held()).isTrue();
        assertThat(published).singleElement().isInstanceOfSatisfying(FindingEvent.ScanHeld.class, e -> {
            assertThat(e.guard().leavers()).isEqualTo(20);
            assertThat(e.guard().previouslyActive()).isEqualTo(40);
        });
    }
}
