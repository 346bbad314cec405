package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.calendar.ActivityCompletion;
import io.rolecall.core.calendar.CalendarRecords;
import io.rolecall.core.calendar.TrainingCompletion;
import io.rolecall.core.model.ContentHash;
import io.rolecall.core.port.CalendarStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Completions of the ISMS calendar in one partition, {@code CALENDAR}: an activity's under
 * {@code A#<activity>#<day>#<hash of the evidence>}, a training's under
 * {@code T#<role>#<person>#<day>#<hash>}, so that recording the same completion again rewrites the
 * same item (kept once), and its revision item under {@code REVISION}. The compliance manager's
 * policy lets the CLI write this partition and no other but the nonconformities'.
 */
public final class DynamoDbCalendarStore implements CalendarStore {

    public static final String PARTITION = "CALENDAR";
    private static final RevisionItem REVISION = new RevisionItem(PARTITION, "REVISION");

    private final Table table;

    public DynamoDbCalendarStore(Table table) {
        this.table = table;
    }

    @Override
    public CalendarRecords records() {
        List<ActivityCompletion> activities = new ArrayList<>();
        List<TrainingCompletion> training = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.partition(PARTITION)) {
            String sk = Items.text(item, Table.SK);
            if (sk.startsWith("A#")) {
                activities.add(new ActivityCompletion(Items.text(item, "activityId"), Items.date(item, "completedOn"),
                        Items.text(item, "evidence"), Items.text(item, "by"), Items.date(item, "recordedOn")));
            } else if (sk.startsWith("T#")) {
                training.add(new TrainingCompletion(Items.email(item, "person"), Items.text(item, "roleId"),
                        Items.date(item, "completedOn"), Items.text(item, "evidence"), Items.text(item, "by"),
                        Items.date(item, "recordedOn")));
            }
        }
        return new CalendarRecords(activities, training);
    }

    @Override
    public void recordActivity(ActivityCompletion completion) {
        Map<String, AttributeValue> item = item("A#" + completion.activityId() + "#" + completion.completedOn() + "#"
                + hash(completion.evidence()));
        Items.put(item, "activityId", completion.activityId());
        Items.put(item, "completedOn", completion.completedOn());
        Items.put(item, "evidence", completion.evidence());
        Items.put(item, "by", completion.by());
        Items.put(item, "recordedOn", completion.recordedOn());
        table.putAll(List.of(item, REVISION.renewed()));
    }

    /**
     * Batches of 25 puts. Inside a unit of work they are all or nothing; outside one (the CLI on a
     * stack, whose policy cannot write the journal) a failure may leave part of them, and recording
     * the same completions again completes them, since each is kept once.
     */
    @Override
    public void recordTraining(Collection<TrainingCompletion> completions) {
        if (completions.isEmpty()) {
            return;
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (TrainingCompletion completion : completions) {
            Map<String, AttributeValue> item = item("T#" + completion.roleId() + "#" + completion.person().value()
                    + "#" + completion.completedOn() + "#" + hash(completion.evidence()));
            Items.put(item, "person", completion.person());
            Items.put(item, "roleId", completion.roleId());
            Items.put(item, "completedOn", completion.completedOn());
            Items.put(item, "evidence", completion.evidence());
            Items.put(item, "by", completion.by());
            Items.put(item, "recordedOn", completion.recordedOn());
            items.add(item);
        }
        items.add(REVISION.renewed());
        table.putAll(items);
    }

    @Override
    public String revision() {
        return REVISION.read(table);
    }

    private static Map<String, AttributeValue> item(String sk) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(PARTITION));
        item.put(Table.SK, Items.s(sk));
        return item;
    }

    private static String hash(String evidence) {
        return ContentHash.sha256Hex(evidence).substring(0, 16);
    }
}
