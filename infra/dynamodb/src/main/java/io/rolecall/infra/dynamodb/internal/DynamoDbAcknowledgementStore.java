package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.acknowledge.AcknowledgementRecords;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.acknowledge.Attempt;
import io.rolecall.core.model.Dates;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.AcknowledgementStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Acknowledgements in partition ACK, sort key {@code email#role#kind#...}, so that one holder's
 * records for one role are one query and all of them one partition. Nothing expires: this is the
 * evidence that holders accepted their duties. Item REVISION/acknowledgements changes after every
 * acceptance and ask, written after the record it follows (last, within a unit of work).
 *
 * <p>An acceptance's key ends in its sequence number and a wrong attempt's in its hour and a slot
 * number, each put only if the key is new: of two posts of one form one acceptance is kept, and an
 * hour holds at most so many attempts, however many arrive at once. Items kept before end in their
 * time instead, and are read alike.
 */
public final class DynamoDbAcknowledgementStore implements AcknowledgementStore {

    static final String PARTITION = "ACK";
    private static final RevisionItem REVISION = new RevisionItem("REVISION", "acknowledgements");
    private static final String ACCEPTANCE = "A";
    private static final String ATTEMPT = "T";
    private static final String ASK = "Q";

    private final Table table;

    public DynamoDbAcknowledgementStore(Table table) {
        this.table = table;
    }

    @Override
    public AcknowledgementRecords records() {
        return toRecords(table.partition(PARTITION));
    }

    @Override
    public AcknowledgementRecords recordsOf(Email person, String roleId) {
        String prefix = holder(person, roleId);
        return toRecords(table.query(request -> request.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                .expressionAttributeValues(Map.of(":pk", Items.s(PARTITION), ":prefix", Items.s(prefix)))));
    }

    /** "ada@acme.example#isms-manager#": the separator after each part keeps isms-manager apart from isms-manager-2. */
    private static String holder(Email person, String roleId) {
        return person.value() + "#" + roleId + "#";
    }

    private static AcknowledgementRecords toRecords(List<Map<String, AttributeValue>> items) {
        List<Acceptance> acceptances = new ArrayList<>();
        List<Attempt> attempts = new ArrayList<>();
        List<Ask> asks = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            Email person = Items.email(item, "person");
            String role = Items.text(item, "roleId");
            String version = Items.text(item, "version");
            switch (Items.text(item, "kind")) {
                case ACCEPTANCE -> acceptances.add(new Acceptance(person, role, version,
                        item.containsKey("sequence") ? Items.integer(item, "sequence") : 1,
                        Items.text(item, "catalogueSha256"), Items.text(item, "catalogueName"),
                        Instant.parse(Items.text(item, "acceptedAt")), Items.texts(item, "answers"),
                        Items.integer(item, "failedAttempts"), Items.text(item, "userAgent")));
                case ATTEMPT -> attempts.add(new Attempt(person, role, version, Instant.parse(Items.text(item, "at")),
                        Items.texts(item, "answers"), Items.texts(item, "wrongQuestions").stream().map(Integer::valueOf).toList(),
                        Items.text(item, "userAgent")));
                case ASK -> asks.add(new Ask(person, role, version, Items.date(item, "askedOn"),
                        Ask.Kind.valueOf(Items.text(item, "askKind"))));
                default -> throw new IllegalStateException("unknown acknowledgement item " + Items.text(item, Table.SK));
            }
        }
        return new AcknowledgementRecords(acceptances, attempts, asks);
    }

    @Override
    public boolean recordAcceptance(Acceptance acceptance) {
        Map<String, AttributeValue> item = item(acceptance.person(), acceptance.roleId(), acceptance.version(),
                ACCEPTANCE, String.format(Locale.ROOT, "n%06d", acceptance.sequence()));
        item.put("sequence", Items.n(acceptance.sequence()));
        Items.put(item, "catalogueSha256", acceptance.catalogueSha256());
        Items.put(item, "catalogueName", acceptance.catalogueName());
        Items.put(item, "acceptedAt", Dates.sortable(acceptance.acceptedAt()));
        item.put("answers", Items.list(acceptance.answers()));
        item.put("failedAttempts", Items.n(acceptance.failedAttempts()));
        Items.put(item, "userAgent", acceptance.userAgent());
        if (!table.putIfNew(item)) {
            return false;
        }
        table.putAll(List.of(REVISION.renewed()));
        return true;
    }

    @Override
    public boolean recordAttempt(Attempt attempt, int maxPerHour) {
        // Attempts of this version whose time (or, kept before, key) begins with this hour: "2026-11-02T09".
        String hour = holder(attempt.person(), attempt.roleId()) + ATTEMPT + "#" + attempt.version() + "#"
                + Dates.sortable(attempt.hour()).substring(0, "yyyy-MM-ddTHH".length());
        int kept = table.query(request -> request.keyConditionExpression("#pk = :pk AND begins_with(#sk, :hour)")
                .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                .expressionAttributeValues(Map.of(":pk", Items.s(PARTITION), ":hour", Items.s(hour)))).size();
        for (int slot = kept + 1; slot <= maxPerHour; slot++) {
            Map<String, AttributeValue> item = item(attempt.person(), attempt.roleId(), attempt.version(), ATTEMPT,
                    Dates.sortable(attempt.hour()) + "#" + String.format(Locale.ROOT, "s%06d", slot));
            Items.put(item, "at", Dates.sortable(attempt.at()));
            item.put("answers", Items.list(attempt.answers()));
            item.put("wrongQuestions", Items.list(attempt.wrongQuestions().stream().map(String::valueOf).toList()));
            Items.put(item, "userAgent", attempt.userAgent());
            if (table.putIfNew(item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void recordAsks(Collection<Ask> asks) {
        if (asks.isEmpty()) {
            return;
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Ask ask : asks) {
            Map<String, AttributeValue> item = item(ask.person(), ask.roleId(), ask.version(), ASK,
                    ask.askedOn() + "#" + ask.kind());
            Items.put(item, "askedOn", ask.askedOn());
            Items.put(item, "askKind", ask.kind());
            items.add(item);
        }
        table.putAll(items);
        table.putAll(List.of(REVISION.renewed()));
    }

    @Override
    public String revision() {
        return REVISION.read(table);
    }

    private static Map<String, AttributeValue> item(Email person, String roleId, String version, String kind,
                                                    String suffix) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(PARTITION));
        item.put(Table.SK, Items.s(holder(person, roleId) + kind + "#" + version + "#" + suffix));
        Items.put(item, "kind", kind);
        Items.put(item, "person", person.value());
        Items.put(item, "roleId", roleId);
        Items.put(item, "version", version);
        return item;
    }

}
