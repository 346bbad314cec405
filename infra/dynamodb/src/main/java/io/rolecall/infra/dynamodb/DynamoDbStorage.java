package io.rolecall.infra.dynamodb;

import io.rolecall.core.port.NoticeLog;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.Storage;
import io.rolecall.infra.dynamodb.internal.DynamoDbAcknowledgementStore;
import io.rolecall.infra.dynamodb.internal.DynamoDbAssignmentLedger;
import io.rolecall.infra.dynamodb.internal.DynamoDbCalendarStore;
import io.rolecall.infra.dynamodb.internal.DynamoDbHandoverStore;
import io.rolecall.infra.dynamodb.internal.DynamoDbFindingStore;
import io.rolecall.infra.dynamodb.internal.DynamoDbNonconformityStore;
import io.rolecall.infra.dynamodb.internal.DynamoDbNoticeLog;
import io.rolecall.infra.dynamodb.internal.DynamoDbPeopleStore;
import io.rolecall.infra.dynamodb.internal.DynamoDbReportArchive;
import io.rolecall.infra.dynamodb.internal.DynamoDbReportLog;
import io.rolecall.infra.dynamodb.internal.DynamoDbRunLog;
import io.rolecall.infra.dynamodb.internal.DynamoDbUnitOfWork;
import io.rolecall.infra.dynamodb.internal.Table;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * RoleCall's state in one on-demand DynamoDB table (partition key {@code pk}, sort key {@code sk},
 * a sparse index {@code gsi1} of open assignments, TTL attribute {@code expiresAt}). Every write is an
 * idempotent put or a conditional single-item write; a unit of work of many writes is made
 * all-or-nothing by a redo journal ({@link DynamoDbUnitOfWork}), not by a transaction.
 */
public final class DynamoDbStorage {

    private final Storage storage;
    private final ReportLog reportLog;
    private final NoticeLog noticeLog;

    private DynamoDbStorage(Table table, Clock clock, long journalPageBytes) {
        this.storage = new Storage(new DynamoDbFindingStore(table), new DynamoDbAssignmentLedger(table),
                new DynamoDbPeopleStore(table), new DynamoDbRunLog(table), new DynamoDbAcknowledgementStore(table),
                new DynamoDbNonconformityStore(table), new DynamoDbCalendarStore(table), new DynamoDbReportArchive(table),
                new DynamoDbHandoverStore(table),
                new DynamoDbUnitOfWork(table, clock, journalPageBytes));
        this.reportLog = new DynamoDbReportLog(table);
        this.noticeLog = new DynamoDbNoticeLog(table);
    }

    public static DynamoDbStorage create(DynamoDbClient client, String tableName) {
        return create(client, tableName, Clock.systemUTC());
    }

    /** @param clock dates the journal of each unit of work */
    public static DynamoDbStorage create(DynamoDbClient client, String tableName, Clock clock) {
        return new DynamoDbStorage(new Table(client, tableName), clock, DynamoDbUnitOfWork.PAGE_BYTES);
    }

    /** With small journal pages, so that a test's unit of work spans several of them. */
    static DynamoDbStorage withJournalPages(DynamoDbClient client, String tableName, Clock clock, long pageBytes) {
        return new DynamoDbStorage(new Table(client, tableName), clock, pageBytes);
    }

    public Storage storage() {
        return storage;
    }

    public ReportLog reportLog() {
        return reportLog;
    }

    public NoticeLog noticeLog() {
        return noticeLog;
    }
}
