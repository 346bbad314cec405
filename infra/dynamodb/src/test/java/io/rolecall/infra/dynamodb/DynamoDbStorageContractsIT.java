package io.rolecall.infra.dynamodb;

import io.rolecall.core.port.NoticeLog;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.NoticeLogContract;
import io.rolecall.core.testing.ReportLogContract;
import io.rolecall.core.testing.StorageContracts;
import io.rolecall.infra.awstesting.Tables;
import io.rolecall.infra.awstesting.TestClients;
import org.junit.jupiter.api.Nested;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB store passes the same contracts as the embedded store, against a real DynamoDB wire protocol. */
class DynamoDbStorageContractsIT extends StorageContracts {

    private static final DynamoDbClient CLIENT = TestClients.dynamoDb();

    private static DynamoDbStorage fresh() {
        return DynamoDbStorage.create(CLIENT, Tables.createFresh(CLIENT));
    }

    @Override
    protected Storage freshStorage() {
        return fresh().storage();
    }

    @Nested
    class Notices extends NoticeLogContract {
        @Override
        protected NoticeLog newNoticeLog() {
            return fresh().noticeLog();
        }
    }

    @Nested
    class Reports extends ReportLogContract {
        @Override
        protected ReportLog newReportLog() {
            return fresh().reportLog();
        }
    }
}
