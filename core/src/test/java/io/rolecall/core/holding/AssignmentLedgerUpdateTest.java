package io.rolecall.core.holding;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.catalogue.RolesYamlParser;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentLedgerUpdateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final RoleCatalogue ROLES = RolesYamlParser.parse("""
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: isms-manager}
            roles:
              - {id: isms-manager, name: ISMS, primary: [ada@test.example], backup: [group:everyone]}
            """, "roles.yaml");

    private static RoleHoldings holdings(int people) {
        List<Person> everyone = new ArrayList<>(List.of(active("ada@test.example", "Ada")));
        for (int i = 0; i < people; i++) {
            everyone.add(Person.builder("p" + i, "p" + i + "@test.example").group("everyone").build());
        }
        return RoleHoldings.resolve(ROLES, DirectorySnapshot.of(everyone), KnownPeople.none());
    }

    @Test
    void aLaterScanThatChangesNothingWritesNothingHoweverManyHolders() {
        AssignmentLedgerUpdate.Result first = AssignmentLedgerUpdate.advance(List.of(), holdings(5000), DAY, null);
        assertThat(first.changed()).hasSize(5001).allSatisfy(p -> assertThat(p.open()).isTrue());

        AssignmentLedgerUpdate.Result nextDay = AssignmentLedgerUpdate.advance(first.open(), holdings(5000),
                DAY.plusDays(1), DAY);

        assertThat(nextDay.changed()).isEmpty();
        assertThat(nextDay.open()).hasSize(5001);
    }

    @Test
    void aHoldingNoLongerObservedClosesOnTheLastScanThatSawIt() {
        AssignmentLedgerUpdate.Result first = AssignmentLedgerUpdate.advance(List.of(), holdings(2), DAY, null);

        AssignmentLedgerUpdate.Result later = AssignmentLedgerUpdate.advance(first.open(), holdings(1),
                DAY.plusDays(9), DAY.plusDays(7));

        assertThat(later.changed()).singleElement().satisfies(p -> {
            assertThat(p.person().value()).isEqualTo("p1@test.example");
            assertThat(p.to()).isEqualTo(DAY.plusDays(7));
            assertThat(p.covers(DAY.plusDays(7))).isTrue();
            assertThat(p.covers(DAY.plusDays(8))).isFalse();
        });
    }
}
