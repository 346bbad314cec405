package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.model.ContentHash;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.PeopleStore;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The last accepted directory, one item per person in partition PERSON (sort key = email), each with
 * a content hash of what it holds. Only people whose item would change are written, so a scan of an
 * unchanged directory writes none of them. People gone from the directory expire two years later.
 */
public final class DynamoDbPeopleStore implements PeopleStore {

    static final String PARTITION = "PERSON";
    static final long GONE_KEPT_DAYS = 730;

    private final Table table;

    public DynamoDbPeopleStore(Table table) {
        this.table = table;
    }

    @Override
    public KnownPeople knownPeople() {
        return KnownPeople.of(table.partition(PARTITION).stream().map(DynamoDbPeopleStore::toKnownPerson).toList());
    }

    @Override
    public Optional<KnownPerson> find(Email email) {
        Map<String, AttributeValue> item = table.client().getItem(request -> request.tableName(table.name())
                .key(Map.of(Table.PK, Items.s(PARTITION), Table.SK, Items.s(email.value()))).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toKnownPerson(item));
    }

    @Override
    public void save(Collection<KnownPerson> changed) {
        table.putAll(changed.stream().map(DynamoDbPeopleStore::toItem).toList());
    }

    /** A digest of everything stored of a person: equal hashes, equal items. */
    static String contentHash(KnownPerson known) {
        Person p = known.person();
        String canonical = Stream.of(p.id(), p.email(), p.name(), p.status(), p.type(), p.title(), p.department(),
                        p.manager(), String.join("\u001f", p.groups()), p.endDate(), known.jobSince(), known.goneSince())
                .map(value -> Objects.toString(value, "\u0000")).collect(Collectors.joining("\u001e"));
        return ContentHash.sha256Hex(canonical);
    }

    private static Map<String, AttributeValue> toItem(KnownPerson known) {
        Person person = known.person();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(PARTITION));
        item.put(Table.SK, Items.s(person.email().value()));
        Items.put(item, "id", person.id());
        Items.put(item, "name", person.name());
        Items.put(item, "status", person.status());
        Items.put(item, "type", person.type());
        Items.put(item, "title", person.title());
        Items.put(item, "department", person.department());
        Items.put(item, "manager", person.manager());
        if (!person.groups().isEmpty()) {
            item.put("groups", AttributeValue.fromL(person.groups().stream().map(Items::s).toList()));
        }
        Items.put(item, "endDate", person.endDate());
        Items.put(item, "jobSince", known.jobSince());
        Items.put(item, "goneSince", known.goneSince());
        item.put("contentHash", Items.s(contentHash(known)));
        if (known.goneSince() != null) {
            item.put(Table.EXPIRES_AT, Items.n(known.goneSince().plusDays(GONE_KEPT_DAYS)
                    .atStartOfDay().toEpochSecond(ZoneOffset.UTC)));
        }
        return item;
    }

    private static KnownPerson toKnownPerson(Map<String, AttributeValue> item) {
        List<String> groups = new ArrayList<>();
        AttributeValue list = item.get("groups");
        if (list != null && list.l() != null) {
            list.l().forEach(group -> groups.add(group.s()));
        }
        Person person = new Person(Items.text(item, "id"), Items.email(item, Table.SK), Items.text(item, "name"),
                PersonStatus.valueOf(Items.text(item, "status")), PersonType.valueOf(Items.text(item, "type")),
                Items.text(item, "title"), Items.text(item, "department"), Items.email(item, "manager"),
                new LinkedHashSet<>(groups), Items.date(item, "endDate"));
        return new KnownPerson(person, Items.date(item, "jobSince"), Items.date(item, "goneSince"));
    }
}
