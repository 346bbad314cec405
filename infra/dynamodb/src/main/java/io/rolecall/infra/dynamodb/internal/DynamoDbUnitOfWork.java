package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.port.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * All-or-nothing units of work on a table without transactions (dynalite has none, and a scan's
 * thousands of items exceed TransactWriteItems' 100 anyway), by a redo journal:
 *
 * <ol>
 *   <li>the unit's writes are collected, not sent;</li>
 *   <li>they are written into journal pages (partition {@code UOW#<id>}), and then one commit marker
 *       (partition {@code UOW}) holding the first page and the page count: from here the unit is
 *       committed;</li>
 *   <li>the writes are applied to their real items, the last one last;</li>
 *   <li>the marker is deleted, then the pages.</li>
 * </ol>
 *
 * A crash before the marker leaves the real items untouched (its orphan pages expire by TTL, long after
 * any recovery could need them); a crash
 * after it leaves a marker, and {@link #recover()}, which every writer calls before it reads,
 * applies the journal again. Every journalled write is a full put, so applying twice is harmless.
 */
public final class DynamoDbUnitOfWork implements UnitOfWork {

    static final String MARKERS = "UOW";
    private static final String PAGES = "UOW#";
    /** DynamoDB refuses items over 400 KB; a page stays well under, whatever the estimate misses. */
    public static final long PAGE_BYTES = 300_000;
    /**
     * Pages carry a TTL so that the pages of a unit that crashed before its marker do not stay for
     * ever; it is long enough that a committed unit's pages outlive any pause before its recovery.
     * Markers never expire.
     */
    private static final Duration PAGE_KEPT = Duration.ofDays(400);

    private final Table table;
    private final Clock clock;
    private final long pageBytes;

    /** @param pageBytes the most a journal page holds; {@link #PAGE_BYTES} but in tests of many pages */
    public DynamoDbUnitOfWork(Table table, Clock clock, long pageBytes) {
        this.table = table;
        this.clock = clock;
        this.pageBytes = pageBytes;
    }

    @Override
    public void atomically(Runnable work) {
        if (table.isCollecting()) {
            work.run();
            return;
        }
        table.startCollecting();
        List<Map<String, AttributeValue>> writes;
        try {
            work.run();
        } finally {
            writes = table.stopCollecting();
        }
        if (writes.isEmpty()) {
            return;
        }
        Instant startedAt = clock.instant();
        String id = startedAt + "-" + UUID.randomUUID();
        List<List<Map<String, AttributeValue>>> pages = paginate(writes);
        List<Map<String, AttributeValue>> pageItems = new ArrayList<>();
        for (int page = 1; page < pages.size(); page++) {
            Map<String, AttributeValue> item = journalItem(PAGES + id, pageKey(page), pages.get(page));
            item.put(Table.EXPIRES_AT, Items.n(startedAt.plus(PAGE_KEPT).getEpochSecond()));
            pageItems.add(item);
        }
        table.putAll(pageItems);
        Map<String, AttributeValue> marker = journalItem(MARKERS, id, pages.get(0));
        marker.put("pages", Items.n(pages.size()));
        Items.put(marker, "startedAt", startedAt);
        table.putAll(List.of(marker));
        apply(writes);
        finish(id, pages.size());
    }

    @Override
    public void recover() {
        for (Map<String, AttributeValue> marker : table.partition(MARKERS)) {
            String id = marker.get(Table.SK).s();
            int pageCount = Items.integer(marker, "pages");
            List<Map<String, AttributeValue>> writes = new ArrayList<>(writesOf(marker));
            List<Map<String, AttributeValue>> pages = table.partition(PAGES + id);
            if (pages.size() != pageCount - 1) {
                throw new IllegalStateException("DynamoDB table " + table.name() + " holds an unfinished change "
                        + id + " whose journal is incomplete (" + (pages.size() + 1) + " of " + pageCount
                        + " pages); restore the table with point-in-time recovery to a time before "
                        + Items.text(marker, "startedAt"));
            }
            pages.forEach(page -> writes.addAll(writesOf(page)));
            apply(writes);
            finish(id, pageCount);
        }
    }

    /** Writes in order, the last one alone and last: a use case's record of completion. */
    private void apply(List<Map<String, AttributeValue>> writes) {
        table.putAll(writes.subList(0, writes.size() - 1));
        table.putAll(writes.subList(writes.size() - 1, writes.size()));
    }

    /**
     * The marker goes first: every write is applied by now, and a marker must never outlive its pages.
     * Pages left by a crash right after it expire by TTL.
     */
    private void finish(String id, int pageCount) {
        table.deleteAll(List.of(Map.of(Table.PK, Items.s(MARKERS), Table.SK, Items.s(id))));
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int page = 1; page < pageCount; page++) {
            keys.add(Map.of(Table.PK, Items.s(PAGES + id), Table.SK, Items.s(pageKey(page))));
        }
        table.deleteAll(keys);
    }

    private List<List<Map<String, AttributeValue>>> paginate(List<Map<String, AttributeValue>> writes) {
        List<List<Map<String, AttributeValue>>> pages = new ArrayList<>();
        List<Map<String, AttributeValue>> page = new ArrayList<>();
        long bytes = 0;
        for (Map<String, AttributeValue> write : writes) {
            long size = ItemSize.of(write) + 8;
            if (!page.isEmpty() && bytes + size > pageBytes) {
                pages.add(page);
                page = new ArrayList<>();
                bytes = 0;
            }
            page.add(write);
            bytes += size;
        }
        pages.add(page);
        return pages;
    }

    private static Map<String, AttributeValue> journalItem(String pk, String sk,
                                                          List<Map<String, AttributeValue>> writes) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(pk));
        item.put(Table.SK, Items.s(sk));
        item.put("writes", AttributeValue.fromL(writes.stream().map(AttributeValue::fromM).toList()));
        return item;
    }

    private static List<Map<String, AttributeValue>> writesOf(Map<String, AttributeValue> journalItem) {
        return journalItem.get("writes").l().stream().map(AttributeValue::m).toList();
    }

    private static String pageKey(int page) {
        return String.format("%06d", page);
    }
}
