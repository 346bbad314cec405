package io.rolecall.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static Person withGroups(List<String> groups) {
        return Person.builder("00u1", "ada@acme.example").groups(groups).build();
    }

    @Test
    void groupsAreTrimmedWithBlanksAndRepeatsDroppedInTheDirectorysOrder() {
        Person ada = withGroups(Arrays.asList(" isms ", "", "deputies", null, "isms", "all-staff"));

        assertThat(ada.groups()).containsExactly("isms", "deputies", "all-staff");
        assertThat(ada.groups()).contains("deputies").doesNotContain(" isms ", "Deputies");
    }

    @Test
    void aPersonsGroupsEqualAnySetOfTheSameNamesSoPeopleCompareByWhatTheyHold() {
        Person ada = withGroups(List.of("isms", "deputies"));

        assertThat(ada.groups()).isEqualTo(new LinkedHashSet<>(List.of("deputies", "isms")))
                .hasSameHashCodeAs(Set.of("isms", "deputies"));
        assertThat(ada).isEqualTo(withGroups(List.of("deputies", "isms"))).isNotEqualTo(withGroups(List.of("isms")));
    }

    @Test
    void manyGroupsAreLookedUpAndComparedLikeAFew() {
        List<String> many = new ArrayList<>(IntStream.range(0, 200).mapToObj(i -> "group-" + i).toList());
        many.add("group-7");
        Person member = withGroups(many);

        assertThat(member.groups()).hasSize(200).contains("group-199", "group-0").doesNotContain("group-200");
        assertThat(member.groups()).isEqualTo(new LinkedHashSet<>(many));
    }

    @Test
    void aPersonsGroupsCannotBeChangedAfterwards() {
        Set<String> groups = withGroups(List.of("isms")).groups();

        assertThatThrownBy(() -> groups.add("admins")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> groups.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }
}
