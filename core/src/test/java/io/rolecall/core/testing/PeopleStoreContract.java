package io.rolecall.core.testing;

import static io.rolecall.core.testing.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.PeopleStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PeopleStore} must do; each implementation runs these tests. */
public abstract class PeopleStoreContract {

    private PeopleStore store;

    protected abstract PeopleStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    void onePersonIsFoundByEmailPresentOrGoneAndNobodyElse() {
        KnownPerson ada = new KnownPerson(Fixtures.person("ada@acme.example").name("Ada").group("isms").build(),
                LocalDate.of(2026, 1, 5), null);
        KnownPerson gone = new KnownPerson(Fixtures.person("bob@acme.example").build(), LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 10, 12));
        store.save(java.util.List.of(ada, gone));

        assertThat(store.find(io.rolecall.core.model.Email.of("ada@acme.example"))).contains(ada);
        assertThat(store.find(io.rolecall.core.model.Email.of("bob@acme.example"))).contains(gone);
        assertThat(store.find(io.rolecall.core.model.Email.of("cy@acme.example"))).isEmpty();
    }

    @Test
    void newStoreKnowsNobody() {
        assertThat(store.knownPeople().isEmpty()).isTrue();
    }

    @Test
    void everyFieldOfAPersonSurvives() {
        Person full = Person.builder("00u1", "Ada@Acme.Example").name("Ada <b>Lovelace</b>")
                .status(PersonStatus.SUSPENDED).type(PersonType.SERVICE).title("CTO").department("Engineering")
                .manager("grace@acme.example").groups(Set.of("isms-incident")).group("Zeta Group")
                .endDate(DAY.plusDays(40)).build();
        Person minimal = Person.builder("00u2", "bob@acme.example").status(PersonStatus.LEFT).build();
        KnownPerson present = new KnownPerson(full, DAY, null);
        KnownPerson gone = new KnownPerson(minimal, DAY.minusDays(3), DAY);

        store.save(List.of(present, gone));

        assertThat(store.knownPeople().find(Email.of("ada@acme.example"))).contains(present);
        assertThat(store.knownPeople().find(Email.of("bob@acme.example"))).contains(gone);
        assertThat(store.knownPeople().find(Email.of("ada@acme.example")).orElseThrow().person().groups())
                .containsExactlyElementsOf(full.groups());
    }

    @Test
    void savingAPersonAgainReplacesThemByEmail() {
        Person before = Person.builder("00u1", "ada@acme.example").title("Engineer").build();
        Person after = Person.builder("00u1", "ada@acme.example").title("CTO").build();

        store.save(List.of(new KnownPerson(before, DAY, null)));
        store.save(List.of(new KnownPerson(after, DAY.plusDays(1), null)));

        assertThat(store.knownPeople().all()).containsExactly(new KnownPerson(after, DAY.plusDays(1), null));
    }

    @Test
    void thousandsOfPeopleRoundTrip() {
        List<KnownPerson> people = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            people.add(new KnownPerson(Person.builder("id" + i, "p" + i + "@acme.example").name("Person " + i)
                    .group("all").build(), DAY, i % 10 == 0 ? DAY.plusDays(1) : null));
        }

        store.save(people);

        assertThat(store.knownPeople().all()).containsExactlyInAnyOrderElementsOf(people);
    }
}
