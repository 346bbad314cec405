package io.rolecall.infra.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.core.usecase.ScanRequest;
import io.rolecall.core.usecase.ScanUseCase;
import io.rolecall.infra.awstesting.CrashAfterWrites;
import io.rolecall.infra.awstesting.Tables;
import io.rolecall.infra.awstesting.TestClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A scan that dies after any one of its DynamoDB writes, against the emulator: at the crash, the
 * latest run is either the previous scan or this one with every change stored; and the next scan
 * completes the state to exactly what an uninterrupted scan leaves.
 */
class InterruptedScanIT {

    private static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 2);
    private static final LocalDate DAY_TWO = LocalDate.of(2026, 11, 3);
    private static final Instant FIRST_START = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant SECOND_START = Instant.parse("2026-11-03T08:00:00Z");
    private static final Instant RETRY_START = Instant.parse("2026-11-03T08:05:00Z");
    private static final DynamoDbClient HEALTHY = TestClients.dynamoDb();
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: CEO, primary: [p0@test.example], backup: [p1@test.example]}
              - {id: isms-manager, name: ISMS, primary: [p2@test.example], backup: [group:deputies]}
              - {id: internal-auditor, name: Auditor, primary: [p3@test.example], backup: [p4@test.example]}
              - {id: it-admin, name: IT, primary: [group:it], backup: [p5@test.example]}
            conflicts:
              - {roles: [isms-manager, internal-auditor], reason: independence}
            """;

    /** Day one: a steady company. Day two: leavers, movers, joiners and group changes touch every store. */
    private static List<Person> company(boolean dayTwo) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Person.Builder person = Person.builder("id" + i, "p" + i + "@test.example").name("Person " + i)
                    .title(dayTwo && i % 3 == 0 ? "Manager" : "Engineer").department("Dept " + (i % 5));
            person.status(dayTwo && (i == 3 || i % 50 == 9) ? PersonStatus.LEFT : PersonStatus.ACTIVE);
            if (i % 20 == 0 || (dayTwo && i == 2)) {
                person.group("deputies");
            }
            if (i % 30 == 1 && !(dayTwo && i == 31)) {
                person.group("it");
            }
            people.add(person.build());
        }
        if (dayTwo) {
            people.add(Person.builder("id-new", "joiner@test.example").name("Joiner").group("it").build());
        }
        return people;
    }

    private static ScanRun scan(Storage storage, Instant start, LocalDate day, boolean dayTwo) {
        ScanRequest request = ScanRequest.of(new CatalogueSource("roles.yaml", ROLES),
                DirectorySnapshot.of(company(dayTwo)), "test", day, false);
        return new ScanUseCase(storage, new MutableClock(start)).scan(request).run();
    }

    /** Journal pages of 4 KB, so that day two's change spans several pages and several batches. */
    private static Storage storage(DynamoDbClient client, String table) {
        return DynamoDbStorage.withJournalPages(client, table, new MutableClock(SECOND_START), 4_000).storage();
    }

    @Test
    void aScanKilledAfterAnyWriteIsCompletedExactlyByTheNextScan() {
        String referenceTable = Tables.createFresh(HEALTHY);
        scan(storage(HEALTHY, referenceTable), FIRST_START, DAY_ONE, false);
        CrashAfterWrites counter = CrashAfterWrites.counting();
        ScanRun reference = scan(storage(TestClients.dynamoDb(counter), referenceTable), SECOND_START, DAY_TWO, true);
        Set<Map<String, AttributeValue>> expected = state(referenceTable);
        int writes = counter.writes();
        System.out.println("InterruptedScanIT: day two takes " + writes + " write requests");
        assertThat(reference.opened() + reference.resolved()).as("day two changes findings").isPositive();
        assertThat(writes).as("day two takes several write requests").isGreaterThan(10);

        for (int crashAfter = 1; crashAfter <= writes; crashAfter++) {
            String table = Tables.createFresh(HEALTHY);
            ScanRun dayOne = scan(storage(HEALTHY, table), FIRST_START, DAY_ONE, false);
            Storage crashing = storage(TestClients.dynamoDb(new CrashAfterWrites(crashAfter)), table);
            assertThatThrownBy(() -> scan(crashing, SECOND_START, DAY_TWO, true))
                    .as("crash after write %d", crashAfter).isInstanceOf(CrashAfterWrites.Crash.class);

            ScanRun latest = storage(HEALTHY, table).runs().latest().orElseThrow();
            if (latest.asOf().equals(DAY_TWO)) {
                assertThat(latest).as("after write %d", crashAfter).isEqualTo(reference);
                assertThat(state(table)).as("a counted run has all its changes, after write %d", crashAfter)
                        .isEqualTo(expected);
            } else {
                assertThat(latest).as("after write %d", crashAfter).isEqualTo(dayOne);
            }

            scan(storage(HEALTHY, table), RETRY_START, DAY_TWO, true);
            assertThat(state(table)).as("after a crash after write %d and a retry", crashAfter)
                    .isEqualTo(expected);
            List<ScanRun> dayTwoRuns = runsOn(table, DAY_TWO);
            assertThat(dayTwoRuns).isNotEmpty();
            assertThat(dayTwoRuns.get(dayTwoRuns.size() - 1).metrics()).isEqualTo(reference.metrics());
            assertThat(dayTwoRuns.stream().mapToInt(ScanRun::opened).sum()).isEqualTo(reference.opened());
            assertThat(dayTwoRuns.stream().mapToInt(ScanRun::resolved).sum()).isEqualTo(reference.resolved());
            assertThat(journal(table)).as("no unfinished change is left").isEmpty();
        }
    }

    /** Every item but run records and journal pages, which differ by run id and crash point. */
    private static Set<Map<String, AttributeValue>> state(String table) {
        Set<Map<String, AttributeValue>> items = new HashSet<>();
        HEALTHY.scanPaginator(request -> request.tableName(table).consistentRead(true)).items().forEach(item -> {
            String pk = item.get("pk").s();
            if (!pk.equals("RUN") && !pk.startsWith("UOW")) {
                items.add(item);
            }
        });
        return items;
    }

    private static List<Map<String, AttributeValue>> journal(String table) {
        List<Map<String, AttributeValue>> markers = new ArrayList<>();
        HEALTHY.queryPaginator(request -> request.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("UOW"))))
                .items().forEach(markers::add);
        return markers;
    }

    private static List<ScanRun> runsOn(String table, LocalDate day) {
        return storage(HEALTHY, table).runs().between(day, day);
    }
}
