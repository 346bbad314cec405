package io.rolecall.infra.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.testing.ScanHarness;
import io.rolecall.infra.awstesting.Tables;
import io.rolecall.infra.awstesting.TestClients;
import io.rolecall.infra.awstesting.WriteCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A scan in which nothing changed writes a handful of items, however large the directory. */
class QuietScanIT {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: isms-manager}
            roles:
              - {id: isms-manager, name: ISMS, primary: [p0@test.example], backup: [group:everyone]}
              - {id: it-admin, name: IT, primary: [p1@test.example], backup: [gone@test.example]}
            """;

    private static List<Person> company(int size) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            people.add(Person.builder("id" + i, "p" + i + "@test.example").name("Person " + i).title("Engineer")
                    .status(i % 40 == 7 ? PersonStatus.LEFT : PersonStatus.ACTIVE).group("everyone").build());
        }
        return people;
    }

    @Test
    void aRepeatedScanWritesOnlyItsRunRecordAndItsCommitMarkerEvenNextDay() {
        WriteCounter writes = new WriteCounter();
        DynamoDbClient client = TestClients.dynamoDb(writes);
        ScanHarness harness = new ScanHarness(DynamoDbStorage.create(client, Tables.createFresh(client)).storage());
        harness.scan(ROLES, company(2000), DAY);
        assertThat(writes.items()).isGreaterThan(2000);

        writes.reset();
        harness.scan(ROLES, company(2000), DAY);
        long sameDay = writes.items();

        writes.reset();
        harness.scan(ROLES, company(2000), DAY.plusDays(1));
        long nextDay = writes.items();

        // The run record, put through the unit of work's commit marker, which is deleted once applied; the
        // roles.yaml text is already stored, and open findings that are still open are not rewritten.
        assertThat(harness.storage().findings().findings()).anyMatch(f -> f.isOpen());
        assertThat(sameDay).isEqualTo(3);
        assertThat(nextDay).isEqualTo(3);
    }
}
