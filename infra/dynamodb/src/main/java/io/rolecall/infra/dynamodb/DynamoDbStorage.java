package io.rolecall.infra.dynamodb;

import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.Storage;
import io.rolecall.infra.dynamodb.internal.DynamoDbAssignmentLedger;
import io.rolecall.infra.dynamodb.internal.DynamoDbFindingStore;
import io.rolecall.infra.dynamodb.internal.DynamoDbPeopleStore;
import io.rolecall.infra.dynamodb.internal.DynamoDbReportLog;
import io.rolecall.infra.dynamodb.internal.DynamoDbRunLog;
import io.rolecall.infra.dynamodb.internal.Table;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * RoleCall's state in one on-demand DynamoDB table (partition key {@code pk}, sort key {@code sk},
 * a sparse index {@code gsi1} of open assignments, TTL attribute {@code expiresAt}). Every write is an
 * idempotent put or a conditional single-item write; nothing relies on a transaction.
 */
public final class DynamoDbStorage {

    private final Storage storage;
    private final ReportLog reportLog;

    private DynamoDbStorage(Table table) {
        this.storage = new Storage(new DynamoDbFindingStore(table), new DynamoDbAssignmentLedger(table),
                new DynamoDbPeopleStore(table), new DynamoDbRunLog(table));
        this.reportLog = new DynamoDbReportLog(table);
    }

    public static DynamoDbStorage create(DynamoDbClient client, String tableName) {
        return new DynamoDbStorage(new Table(client, tableName));
    }

    public Storage storage() {
        return storage;
    }

    public ReportLog reportLog() {
        return reportLog;
    }
}
