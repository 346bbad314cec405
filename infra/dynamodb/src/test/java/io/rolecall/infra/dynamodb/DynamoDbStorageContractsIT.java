package io.rolecall.infra.dynamodb;

import io.rolecall.core.port.AssignmentLedger;
import io.rolecall.core.port.FindingStore;
import io.rolecall.core.port.PeopleStore;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.RunLog;
import io.rolecall.core.testing.AssignmentLedgerContract;
import io.rolecall.core.testing.FindingStoreContract;
import io.rolecall.core.testing.PeopleStoreContract;
import io.rolecall.core.testing.ReportLogContract;
import io.rolecall.core.testing.RunLogContract;
import io.rolecall.infra.awstesting.Tables;
import io.rolecall.infra.awstesting.TestClients;
import org.junit.jupiter.api.Nested;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB store passes the same contracts as the embedded store, against a real DynamoDB wire protocol. */
class DynamoDbStorageContractsIT {

    private static final DynamoDbClient CLIENT = TestClients.dynamoDb();

    private static DynamoDbStorage fresh() {
        return DynamoDbStorage.create(CLIENT, Tables.createFresh(CLIENT));
    }

    @Nested
    class Findings extends FindingStoreContract {
        @Override
        protected FindingStore newStore() {
            return fresh().storage().findings();
        }
    }

    @Nested
    class Ledger extends AssignmentLedgerContract {
        @Override
        protected AssignmentLedger newLedger() {
            return fresh().storage().ledger();
        }
    }

    @Nested
    class People extends PeopleStoreContract {
        @Override
        protected PeopleStore newStore() {
            return fresh().storage().people();
        }
    }

    @Nested
    class Runs extends RunLogContract {
        @Override
        protected RunLog newRunLog() {
            return fresh().storage().runs();
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
