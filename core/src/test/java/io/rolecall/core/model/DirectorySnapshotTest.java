package io.rolecall.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectorySnapshotTest {

    private static final Person ADA = Person.builder("00u1", "ada@acme.example").name("Ada Lovelace")
            .status(PersonStatus.ACTIVE).type(PersonType.PERSON).title("CTO").department("Engineering")
            .manager("grace@acme.example").groups(List.of("isms", "deputies")).endDate(LocalDate.of(2027, 1, 31))
            .build();
    private static final Person BOB = Person.builder("00u2", "bob@acme.example").status(PersonStatus.LEFT).build();

    /** Okta and Google list memberships group by group, so a person's groups come in any order. */
    @Test
    void theDigestOfTheSamePeopleIsTheSameWhateverTheOrderOfTheirGroups() {
        Person adaReordered = Person.builder("00u1", " ADA@acme.example").name("Ada Lovelace")
                .status(PersonStatus.ACTIVE).title("CTO").department("Engineering").manager("grace@acme.example")
                .groups(List.of("deputies", "isms", "deputies")).endDate(LocalDate.of(2027, 1, 31)).build();

        assertThat(DirectorySnapshot.of(List.of(ADA, BOB)).digest())
                .isEqualTo(DirectorySnapshot.of(List.of(adaReordered, BOB)).digest())
                .hasSize(64);
    }

    @Test
    void aBuilderRefusesAnEmailTwiceAndSaysWhoHasItAlready() {
        DirectorySnapshot.Builder builder = DirectorySnapshot.builder(2);
        Person bobAgain = Person.builder("00u3", "Bob@Acme.example").status(PersonStatus.ACTIVE).build();

        assertThat(builder.add(ADA)).isNull();
        assertThat(builder.add(BOB)).isNull();
        assertThat(builder.add(bobAgain)).isSameAs(BOB);
        DirectorySnapshot snapshot = builder.build();

        assertThat(snapshot.people()).containsExactly(ADA, BOB);
        assertThat(snapshot.digest()).isEqualTo(DirectorySnapshot.of(List.of(ADA, BOB)).digest());
        assertThat(snapshot.find(Email.of("bob@acme.example"))).contains(BOB);
    }

    /** Reflective, so that a field added to Person one day cannot be left out of the digest unnoticed. */
    @Test
    void changingAnyOneFieldOfAnyPersonOrLeavingSomeoneOutChangesTheDigest() throws Exception {
        String original = DirectorySnapshot.of(List.of(ADA, BOB)).digest();
        RecordComponent[] components = Person.class.getRecordComponents();
        Set<String> digests = new LinkedHashSet<>();
        for (int changed = 0; changed < components.length; changed++) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(ADA);
            }
            values[changed] = changedValue(components[changed].getName(), values[changed]);
            Person different = (Person) Person.class.getDeclaredConstructors()[0].newInstance(values);

            String digest = DirectorySnapshot.of(List.of(different, BOB)).digest();
            assertThat(digest).as(components[changed].getName()).isNotEqualTo(original);
            digests.add(digest);
        }
        assertThat(digests).hasSize(components.length);
        assertThat(DirectorySnapshot.of(List.of(ADA)).digest()).isNotEqualTo(original);
    }

    private static Object changedValue(String field, Object value) {
        return switch (field) {
            case "email" -> Email.of("ada.l@acme.example");
            case "manager" -> Email.of("ceo@acme.example");
            case "status" -> PersonStatus.SUSPENDED;
            case "type" -> PersonType.SERVICE;
            case "groups" -> Set.of("isms");
            case "endDate" -> LocalDate.of(2027, 2, 1);
            default -> value + "x";
        };
    }
}
