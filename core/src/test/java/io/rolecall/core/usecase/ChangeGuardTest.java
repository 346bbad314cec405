package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.testing.Fixtures;
import io.rolecall.core.testing.ScanHarness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeGuardTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String ROLES = Fixtures.ONE_ROLE;

    private final ScanHarness harness = ScanHarness.inMemory();

    private static List<Person> company(int size, int leftFrom, int missingFrom) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (i >= missingFrom) {
                continue;
            }
            Person person = active("p" + i + "@test.example", "Person " + i);
            if (i >= leftFrom) {
                person = Person.builder(person.id(), person.email().value()).status(PersonStatus.LEFT).build();
            }
            people.add(person);
        }
        return people;
    }

    @Test
    void theFirstScanIsNeverHeld() {
        assertThat(harness.scan(ROLES, company(40, 40, 40), DAY).held()).isFalse();
    }

    @Test
    void tooManyLeaversAtOnceHoldTheScanAndStoreNothing() {
        harness.scan(ROLES, company(40, 40, 40), DAY);

        // 6 people turn LEFT and 4 vanish: 10 of 40 is 25%, over the default 10% and at least 10 people.
        ScanResult held = harness.scan(ROLES, company(40, 30, 36), DAY.plusDays(1));

        assertThat(held.held()).isTrue();
        assertThat(held.guard().leavers()).isEqualTo(10);
        assertThat(held.guard().previouslyActive()).isEqualTo(40);
        assertThat(held.guard().explanation()).contains("10 of 40 previously active people (25.0%)",
                "Nothing was stored");
        assertThat(harness.storage().runs().latest().orElseThrow().asOf()).isEqualTo(DAY);
        assertThat(harness.storage().people().knownPeople().find(Email.of("p39@test.example")).orElseThrow()
                .isPresent()).isTrue();
    }

    @Test
    void anAcceptedChangeIsStored() {
        harness.scan(ROLES, company(40, 40, 40), DAY);

        ScanResult accepted = harness.scan(ROLES, company(40, 30, 36), DAY.plusDays(1), true);

        assertThat(accepted.held()).isFalse();
        assertThat(accepted.guard().held()).isTrue();
        assertThat(harness.storage().runs().latest().orElseThrow().asOf()).isEqualTo(DAY.plusDays(1));
        assertThat(harness.storage().people().knownPeople().find(Email.of("p39@test.example")).orElseThrow()
                .goneSince()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void aSmallCompanyLosingFewerThanMinLeaversIsNotHeld() {
        harness.scan(ROLES, company(5, 5, 5), DAY);

        assertThat(harness.scan(ROLES, company(5, 2, 5), DAY.plusDays(1)).held()).isFalse();
    }

    @Test
    void leaversAtTheThresholdPassAndOneMoreIsHeld() {
        String lowMin = ROLES + "policy: {directoryChangeGuard: {maxLeaversPercent: 10, minLeavers: 1}}\n";
        ScanHarness other = ScanHarness.inMemory();
        harness.scan(lowMin, company(40, 40, 40), DAY);
        other.scan(lowMin, company(40, 40, 40), DAY);

        assertThat(harness.scan(lowMin, company(40, 36, 40), DAY.plusDays(1)).held()).isFalse();
        assertThat(other.scan(lowMin, company(40, 35, 40), DAY.plusDays(1)).held()).isTrue();
    }

    @Test
    void peopleWhoBecomeSuspendedOrServiceAccountsCountToo() {
        harness.scan(ROLES, company(40, 40, 40), DAY);
        List<Person> garbled = new ArrayList<>();
        for (Person person : company(40, 40, 40)) {
            // A read that lost every status field and guessed SUSPENDED, as one did.
            garbled.add(Person.builder(person.id(), person.email().value()).status(PersonStatus.SUSPENDED).build());
        }

        ScanResult held = harness.scan(ROLES, garbled, DAY.plusDays(1));

        assertThat(held.held()).isTrue();
        assertThat(held.guard().leavers()).isEqualTo(40);
        assertThat(held.guard().explanation()).contains("40 of 40 previously active people (100.0%) would no "
                + "longer be active (left, suspended or gone from the directory)");

        List<Person> robots = new ArrayList<>();
        for (Person person : company(40, 40, 40)) {
            robots.add(Person.builder(person.id(), person.email().value()).type(PersonType.SERVICE).build());
        }
        assertThat(harness.scan(ROLES, robots, DAY.plusDays(1)).held()).isTrue();
    }

    @Test
    void aReadWithNobodyInItIsRefusedEvenOnTheFirstScan() {
        assertThatThrownBy(() -> harness.scan(ROLES, List.of(), DAY))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("the directory read from test has nobody in it")
                .hasMessageContaining("nothing was stored");
        assertThat(harness.storage().runs().latest()).isEmpty();
    }
}
