package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.port.ReportArchive;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Copies of sent reports. A quarterly with its charts and PDF is megabytes, more than the 400 KB a
 * DynamoDB item holds, so each copy is cut into parts of {@value #PART_BYTES} bytes in a partition of
 * its own (REPORT_COPY#key#millis), and only then described by one item in partition REPORT_COPY,
 * sorted by as-of day and send time: a copy is listed only once all its parts are stored. Single-item
 * puts only, which the report functions are allowed; nothing expires (it is evidence).
 */
public final class DynamoDbReportArchive implements ReportArchive {

    static final String PARTITION = "REPORT_COPY";
    static final int PART_BYTES = 350_000;

    private final Table table;

    public DynamoDbReportArchive(Table table) {
        this.table = table;
    }

    @Override
    public void keep(ArchivedReport report, byte[] message) {
        report.refuseOther(message);
        int parts = 0;
        for (int start = 0; start < message.length || parts == 0; start += PART_BYTES) {
            Map<String, AttributeValue> part = new HashMap<>();
            part.put(Table.PK, Items.s(partsPartition(report)));
            part.put(Table.SK, Items.s(String.format("%05d", parts)));
            part.put("data", AttributeValue.fromB(SdkBytes.fromByteArray(
                    Arrays.copyOfRange(message, start, Math.min(message.length, start + PART_BYTES)))));
            table.client().putItem(request -> request.tableName(table.name()).item(part));
            parts++;
        }
        Map<String, AttributeValue> head = new HashMap<>();
        head.put(Table.PK, Items.s(PARTITION));
        head.put(Table.SK, Items.s(sortKey(report)));
        head.put("reportKey", Items.s(report.reportKey()));
        Items.put(head, "asOf", report.asOf());
        Items.put(head, "sentAt", report.sentAt());
        head.put("deliveryId", Items.s(report.deliveryId()));
        head.put("recipients", Items.n(report.recipients()));
        head.put("sha256", Items.s(report.sha256()));
        head.put("bytes", Items.n(report.bytes()));
        head.put("parts", Items.n(parts));
        table.putIfAbsent(head);
    }

    /** Sorted by day, then send time (zero-padded epoch milliseconds), then key. */
    private static String sortKey(ArchivedReport report) {
        return report.asOf() + "#" + String.format("%015d", report.sentAt().toEpochMilli()) + "#" + report.reportKey();
    }

    private static String partsPartition(ArchivedReport report) {
        return PARTITION + "#" + report.reportKey() + "#" + report.sentAt().toEpochMilli();
    }

    @Override
    public List<ArchivedReport> between(LocalDate from, LocalDate to) {
        // '~' sorts after the digits and '#' that follow the day, so the whole last day is included.
        return table.query(request -> request.keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                        .expressionAttributeValues(Map.of(":pk", Items.s(PARTITION), ":from", Items.s(from + "#"),
                                ":to", Items.s(to + "#~"))))
                .stream().map(DynamoDbReportArchive::toReport).toList();
    }

    private static ArchivedReport toReport(Map<String, AttributeValue> item) {
        return new ArchivedReport(Items.text(item, "reportKey"), Items.date(item, "asOf"),
                Instant.parse(Items.text(item, "sentAt")), Items.text(item, "deliveryId"),
                Items.integer(item, "recipients"), Items.text(item, "sha256"), Long.parseLong(item.get("bytes").n()));
    }

    @Override
    public byte[] message(ArchivedReport report) {
        List<Map<String, AttributeValue>> parts = table.partition(partsPartition(report));
        if (parts.isEmpty()) {
            throw new NoSuchElementException("no copy of " + report.reportKey() + " sent at " + report.sentAt()
                    + " is kept in the table");
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream((int) report.bytes());
        parts.forEach(part -> message.writeBytes(part.get("data").b().asByteArray()));
        byte[] bytes = message.toByteArray();
        if (!report.describes(bytes)) {
            throw new IllegalStateException("the kept copy of " + report.reportKey() + " sent at " + report.sentAt()
                    + " does not match its SHA-256 (" + parts.size() + " parts, " + bytes.length + " bytes): a part "
                    + "is missing or was changed outside RoleCall");
        }
        return bytes;
    }
}
