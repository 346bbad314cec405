package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.JobProfile;
import io.rolecall.core.port.AssignmentLedger;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The ledger: partition ASSIGNMENT#role, sort key from#person#capacity (oldest first). Open periods
 * also carry gsi1 keys, so that the sparse index lists exactly the open ones; closing a period puts
 * the item again without them.
 */
public final class DynamoDbAssignmentLedger implements AssignmentLedger {

    static final String PARTITION_PREFIX = "ASSIGNMENT#";
    static final String OPEN = "OPEN_ASSIGNMENT";

    private final Table table;

    public DynamoDbAssignmentLedger(Table table) {
        this.table = table;
    }

    @Override
    public List<AssignmentPeriod> openPeriods() {
        return table.query(request -> request.indexName(Table.GSI1).keyConditionExpression("#pk = :open")
                        .expressionAttributeNames(Map.of("#pk", Table.GSI1_PK))
                        .expressionAttributeValues(Map.of(":open", Items.s(OPEN))))
                .stream().map(DynamoDbAssignmentLedger::toPeriod).toList();
    }

    @Override
    public List<AssignmentPeriod> periods(String roleId) {
        return table.partition(PARTITION_PREFIX + roleId).stream().map(DynamoDbAssignmentLedger::toPeriod).toList();
    }

    /** From the index of open periods, by its sort key role#person#: one small query, however large the role. */
    @Override
    public List<AssignmentPeriod> openPeriodsOf(String roleId, Email person) {
        return table.query(request -> request.indexName(Table.GSI1)
                        .keyConditionExpression("#pk = :open AND begins_with(#sk, :holder)")
                        .expressionAttributeNames(Map.of("#pk", Table.GSI1_PK, "#sk", Table.GSI1_SK))
                        .expressionAttributeValues(Map.of(":open", Items.s(OPEN),
                                ":holder", Items.s(roleId + "#" + person.value() + "#"))))
                .stream().map(DynamoDbAssignmentLedger::toPeriod).toList();
    }

    @Override
    public void save(Collection<AssignmentPeriod> changed) {
        table.putAll(changed.stream().map(DynamoDbAssignmentLedger::toItem).toList());
    }

    private static Map<String, AttributeValue> toItem(AssignmentPeriod period) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(PARTITION_PREFIX + period.roleId()));
        item.put(Table.SK, Items.s(period.from() + "#" + period.person().value() + "#" + period.capacity()));
        Items.put(item, "roleId", period.roleId());
        Items.put(item, "person", period.person());
        Items.put(item, "capacity", period.capacity());
        Items.put(item, "via", HolderRef.storedForm(period.via()));
        Items.put(item, "from", period.from());
        Items.put(item, "to", period.to());
        if (period.jobAtStart() != null) {
            Map<String, AttributeValue> job = new HashMap<>();
            Items.put(job, "title", period.jobAtStart().title());
            Items.put(job, "department", period.jobAtStart().department());
            Items.put(job, "manager", period.jobAtStart().manager());
            item.put("jobAtStart", AttributeValue.fromM(job));
        }
        if (period.open()) {
            item.put(Table.GSI1_PK, Items.s(OPEN));
            item.put(Table.GSI1_SK, Items.s(period.roleId() + "#" + period.person().value() + "#" + period.capacity()));
        }
        return item;
    }

    private static AssignmentPeriod toPeriod(Map<String, AttributeValue> item) {
        AttributeValue job = item.get("jobAtStart");
        JobProfile jobAtStart = job == null ? null : new JobProfile(Items.text(job.m(), "title"),
                Items.text(job.m(), "department"), Items.email(job.m(), "manager"));
        Email person = Items.email(item, "person");
        return new AssignmentPeriod(Items.text(item, "roleId"), person, Capacity.valueOf(Items.text(item, "capacity")),
                HolderRef.fromStoredForm(Items.text(item, "via"), person), Items.date(item, "from"),
                Items.date(item, "to"), jobAtStart);
    }
}
