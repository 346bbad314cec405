package io.rolecall.functions;

import static io.rolecall.infra.awstesting.SamTemplate.list;
import static io.rolecall.infra.awstesting.SamTemplate.map;
import static io.rolecall.infra.awstesting.SamTemplate.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.infra.awstesting.SamTemplate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * template.yaml against the code it deploys: what {@code sam validate} would catch (dangling
 * references) and what it would not (a variable the code reads but the stack never sets, a wildcard
 * grant, a schedule without retries, a table without point-in-time recovery).
 */
class TemplateTest {

    private static final List<String> SCHEDULED = List.of("ScanFunction", "WeeklyReportFunction",
            "QuarterlyReportFunction");
    private static final List<String> FUNCTIONS = List.of("ScanFunction", "WeeklyReportFunction",
            "QuarterlyReportFunction", "AcknowledgeFunction");
    private static final Pattern SUB_REFERENCE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private final SamTemplate template = SamTemplate.load();

    @Test
    void theStackDeploysExactlyTheFourFunctions() {
        assertThat(template.resourcesOfType("AWS::Serverless::Function")).containsExactlyElementsOf(FUNCTIONS);
    }

    @Test
    void everyVariableTheFunctionsReadIsSetForEveryFunction() {
        Map<String, Object> variables = map(map(template.functionGlobals().get("Environment")).get("Variables"));

        assertThat(variables.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Variable.values()).map(Variable::name).toList());
        for (String function : FUNCTIONS) {
            Object environment = template.properties(function).get("Environment");
            Map<String, Object> own = environment == null ? Map.of() : map(map(environment).get("Variables"));
            assertThat(own.keySet()).as(function + " adds nothing to the global environment, and only the scan "
                    + "names the acceptance pages' own URL (the pages cannot name it: that would be a circle)")
                    .isSubsetOf(function.equals("ScanFunction") ? Set.of(Variable.PUBLIC_URL.name()) : Set.of());
        }
    }

    @Test
    void theAcceptancePagesArePublicOnlyThroughTheirUrlAndFewAtATime() {
        assertThat(template.properties("AcknowledgeFunctionUrl")).containsEntry("AuthType", "NONE")
                .containsEntry("TargetFunctionArn", Map.of("Ref", "AcknowledgeFunction.Alias"));
        assertThat(template.properties("AcknowledgeUrlPermission")).containsEntry("Action", "lambda:InvokeFunctionUrl")
                .containsEntry("FunctionUrlAuthType", "NONE").containsEntry("Principal", "*");
        assertThat(template.properties("AcknowledgeInvokePermission")).containsEntry("Action", "lambda:InvokeFunction")
                .containsEntry("InvokedViaFunctionUrl", "true").containsEntry("Principal", "*");
        assertThat(template.properties("AcknowledgeFunction")).containsEntry("ReservedConcurrentExecutions", "5");
        assertThat(template.resourcesOfType("AWS::Lambda::Permission"))
                .containsExactlyInAnyOrder("AcknowledgeUrlPermission", "AcknowledgeInvokePermission");
        assertThat(template.allowedActions("AcknowledgeFunction")).as("the pages neither read the directory nor send")
                .noneMatch(action -> action.startsWith("s3:") || action.startsWith("ses:")
                        || action.startsWith("events:"));
        Map<String, Object> secret = map(template.properties("LinkSecret").get("GenerateSecretString"));
        assertThat(secret).containsEntry("GenerateStringKey", "linkSecret").containsEntry("PasswordLength", "64");
    }

    @Test
    void everyReferenceNamesAParameterResourceOrCondition() {
        Set<String> referable = new HashSet<>(template.section("Parameters").keySet());
        referable.addAll(template.section("Resources").keySet());
        Set<String> conditions = template.section("Conditions").keySet();
        List<String> dangling = new ArrayList<>();
        Set<String> used = new HashSet<>();
        template.visit(value -> {
            if (!(value instanceof Map<?, ?> node)) {
                return;
            }
            List<String> names = new ArrayList<>();
            if (node.get("Ref") instanceof String name) {
                // SAM's Function.Alias names the alias AutoPublishAlias makes for that function.
                names.add(name.endsWith(".Alias") ? name.substring(0, name.length() - ".Alias".length()) : name);
            }
            if (node.containsKey("Fn::GetAtt")) {
                names.add(strings(node.get("Fn::GetAtt")).get(0));
            }
            if (node.containsKey("Fn::Sub")) {
                Matcher matcher = SUB_REFERENCE.matcher(String.valueOf(list(node.get("Fn::Sub")).get(0)));
                while (matcher.find()) {
                    names.add(matcher.group(1).split("\\.")[0]);
                }
            }
            for (String name : names) {
                used.add(name);
                if (!name.startsWith("AWS::") && !referable.contains(name)) {
                    dangling.add(name);
                }
            }
            if (node.containsKey("Fn::If") && !conditions.contains(String.valueOf(list(node.get("Fn::If")).get(0)))) {
                dangling.add("condition " + list(node.get("Fn::If")).get(0));
            }
            if (node.get("Condition") instanceof String condition && !conditions.contains(condition)) {
                dangling.add("condition " + condition);
            }
        });

        assertThat(dangling).as("references to nothing").isEmpty();
        assertThat(template.section("Parameters").keySet()).as("every parameter is used").allMatch(used::contains);
    }

    @Test
    void everyFunctionStartsFromASnapStartSnapshotOfAVersionThatItsSchedulesAndItsUrlInvoke() {
        Map<String, Object> globals = template.functionGlobals();
        assertThat(globals).containsEntry("Runtime", "java21").containsEntry("Architectures", List.of("arm64"))
                .containsEntry("AutoPublishAlias", "live").containsEntry("SnapStart", Map.of("ApplyOn", "PublishedVersions"));
        for (String function : FUNCTIONS) {
            assertThat(template.properties(function)).as(function).doesNotContainKeys("AutoPublishAlias", "SnapStart",
                    "Runtime");
        }
        // SAM points a function's own events (the schedules) at the alias; the URL and its permissions say so.
        assertThat(template.properties("AcknowledgeFunctionUrl")).containsEntry("TargetFunctionArn",
                Map.of("Ref", "AcknowledgeFunction.Alias"));
        for (String permission : List.of("AcknowledgeUrlPermission", "AcknowledgeInvokePermission")) {
            assertThat(template.properties(permission)).as(permission).containsEntry("FunctionName",
                    Map.of("Ref", "AcknowledgeFunction.Alias"));
        }
    }

    @Test
    void everyHandlerIsATypedHandlerOfTheFunctionsModule() throws Exception {
        for (String function : FUNCTIONS) {
            String handler = String.valueOf(template.properties(function).get("Handler"));
            assertThat(handler).endsWith("::handleRequest");
            Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertThat(TypedHandler.class).isAssignableFrom(type);
            assertThat(type.getConstructor()).as(function + " needs a public no-argument constructor").isNotNull();
        }
    }

    @Test
    void theFunctionsRunOnJava21Arm64AndScanOneAtATime() {
        assertThat(template.functionGlobals()).containsEntry("Runtime", "java21")
                .containsEntry("Architectures", List.of("arm64"));
        Map<String, Object> scan = template.properties("ScanFunction");
        assertThat(scan).containsEntry("ReservedConcurrentExecutions", "1").containsEntry("Timeout", "900");
    }

    @Test
    void everyScheduleRetriesDeadLettersAndPassesTheScheduledTimeTheHandlersRead() throws Exception {
        for (String function : SCHEDULED) {
            Map<String, Object> properties = template.properties(function);
            List<Map<String, Object>> schedules = map(properties.get("Events")).values().stream()
                    .map(SamTemplate::map).filter(event -> "ScheduleV2".equals(event.get("Type")))
                    .map(event -> map(event.get("Properties"))).toList();
            assertThat(schedules).as(function).hasSize(1);
            Map<String, Object> schedule = schedules.get(0);
            assertThat(schedule.get("ScheduleExpressionTimezone")).isEqualTo(Map.of("Ref", "TimeZone"));
            assertThat(map(schedule.get("RetryPolicy"))).containsKeys("MaximumRetryAttempts", "MaximumEventAgeInSeconds");
            assertThat(map(schedule.get("DeadLetterConfig"))).containsKey("Arn");
            assertThat(map(properties.get("EventInvokeConfig"))).containsKey("MaximumRetryAttempts");
            assertThat(map(properties.get("DeadLetterQueue"))).containsEntry("Type", "SQS");

            // The Input the schedule sends, with the time Scheduler puts in, is read as that day.
            String input = String.valueOf(schedule.get("Input"))
                    .replace("<aws.scheduler.scheduled-time>", "2026-11-30T23:30:00Z");
            ScheduleEvent event = new ObjectMapper().readValue(input, ScheduleEvent.class);
            assertThat(ScheduleTime.dayOf(event, Clock.systemUTC(), ZoneId.of("Europe/Berlin")))
                    .as(function).isEqualTo(LocalDate.of(2026, 12, 1));
        }
    }

    @Test
    void aReportRunCannotOutliveItsClaimWhileLambdasLastRetryOutlivesAClaimLeftByADeadRun() {
        long timeout = Long.parseLong(String.valueOf(template.functionGlobals().get("Timeout")));
        for (String function : List.of("WeeklyReportFunction", "QuarterlyReportFunction")) {
            assertThat(template.properties(function)).as(function).doesNotContainKey("Timeout");
            assertThat(map(template.properties(function).get("EventInvokeConfig")))
                    .containsEntry("MaximumRetryAttempts", "2");
        }
        // Lambda retries a failed asynchronous invocation after about 1 minute, then 2 minutes more.
        assertThat(ReportWiring.REPORT_LEASE.toSeconds()).isGreaterThan(timeout).isLessThan(3 * 60);
    }

    @Test
    void noStatementGrantsEverythingAndEveryWildcardResourceIsConditioned() {
        for (String function : FUNCTIONS) {
            List<Map<String, Object>> statements = template.statements(function);
            assertThat(statements).as(function).isNotEmpty();
            for (Map<String, Object> statement : statements) {
                assertThat(statement).as(function + " statements are allows").containsEntry("Effect", "Allow");
                assertThat(strings(statement.get("Action"))).as(function).allMatch(action -> !action.contains("*"));
                assertThat(statement).as(function + " uses Resource, never NotResource or NotAction")
                        .containsKey("Resource").doesNotContainKeys("NotResource", "NotAction");
                for (String text : resources(statement.get("Resource"))) {
                    assertThat(text).as(function).isNotEqualTo("*");
                    if (text.contains("*")) {
                        assertThat(statement).as(function + ": " + text + " needs a condition").containsKey("Condition");
                    }
                }
            }
        }
        assertThat(template.allowedActions("WeeklyReportFunction")).as("reports never read the directory")
                .noneMatch(action -> action.startsWith("s3:"));
        assertThat(template.allowedActions("QuarterlyReportFunction")).as("nor the quarterly any secret")
                .noneMatch(action -> action.startsWith("s3:") || action.startsWith("secretsmanager:"));
    }

    @Test
    void theWeeklyReadsTheCredentialsSecretOnlyWhenTheStackDeliversBeyondEmail() {
        List<Object> weekly = list(map(list(template.properties("WeeklyReportFunction").get("Policies")).get(0))
                .get("Statement"));
        Map<String, Object> conditional = weekly.stream().map(io.rolecall.infra.awstesting.SamTemplate::map)
                .filter(statement -> statement.containsKey("Fn::If")).findFirst().orElseThrow();
        List<Object> branches = list(conditional.get("Fn::If"));
        assertThat(branches.get(0)).isEqualTo("DeliversBeyondEmail");
        assertThat(map(branches.get(1))).containsEntry("Action", "secretsmanager:GetSecretValue")
                .containsEntry("Resource", Map.of("Ref", "CredentialsSecretArn"));
        assertThat(branches.get(2)).isEqualTo(Map.of("Ref", "AWS::NoValue"));
        assertThat(map(template.section("Conditions").get("ScanReadsSecret")).get("Fn::Or")).isEqualTo(List.of(
                Map.of("Condition", "ReadsSecret"), Map.of("Condition", "DeliversBeyondEmail")));
    }

    @Test
    void theComplianceManagersPolicyReadsTheStateWritesOnlyTheRegisterCalendarAndHandoversAndPushesOnlyRolesYaml() {
        List<Map<String, Object>> statements = template.managedPolicyStatements("ComplianceManagerPolicy");
        Map<String, List<String>> actionsBySid = new java.util.LinkedHashMap<>();
        statements.forEach(statement -> actionsBySid.put(String.valueOf(statement.get("Sid")),
                strings(statement.get("Action"))));

        assertThat(actionsBySid).containsExactly(
                Map.entry("FindTheStack", List.of("cloudformation:DescribeStacks")),
                Map.entry("ReadState", List.of("dynamodb:GetItem", "dynamodb:Query")),
                Map.entry("WriteRegisterCalendarAndHandoversOnly", List.of("dynamodb:PutItem", "dynamodb:UpdateItem",
                        "dynamodb:BatchWriteItem")),
                Map.entry("ReadConfig", List.of("s3:GetObject", "s3:GetObjectVersion")),
                Map.entry("ListConfig", List.of("s3:ListBucket", "s3:ListBucketVersions")),
                Map.entry("PushRoles", List.of("s3:PutObject")));
        Map<String, Object> writes = statements.get(2);
        assertThat(map(map(writes.get("Condition")).get("ForAllValues:StringEquals")))
                .as("the table's writes are limited to the partitions of the register, the calendar and handovers")
                .containsEntry("dynamodb:LeadingKeys", List.of("NC", "NC_COUNTER", "CALENDAR", "HANDOVER"));
        assertThat(map(statements.get(5).get("Resource")).get("Fn::Sub")).isEqualTo("${ConfigBucket.Arn}/${ConfigKey}");
        assertThat(map(template.section("Outputs").get("ComplianceManagerPolicy")).get("Value"))
                .isEqualTo(Map.of("Ref", "ComplianceManagerPolicy"));
        for (Map<String, Object> statement : statements) {
            assertThat(strings(statement.get("Action"))).noneMatch(action -> action.contains("*"));
            assertThat(resources(statement.get("Resource"))).noneMatch("*"::equals);
        }
    }

    /** The resource ARNs of a statement, each branch of an {@code Fn::If} included. */
    private static List<String> resources(Object resource) {
        List<String> texts = new ArrayList<>();
        for (Object item : list(resource)) {
            if (item instanceof Map<?, ?> node && node.containsKey("Fn::If")) {
                list(node.get("Fn::If")).subList(1, 3).forEach(branch -> texts.addAll(resources(branch)));
            } else {
                texts.add(String.valueOf(item));
            }
        }
        return texts;
    }

    @Test
    void theTableHasTheKeysTheStoreUsesAndKeepsItsEvidence() {
        Map<String, Object> table = template.resource("StateTable");
        assertThat(table).containsEntry("DeletionPolicy", "Retain").containsEntry("UpdateReplacePolicy", "Retain");
        Map<String, Object> properties = template.properties("StateTable");
        assertThat(properties).containsEntry("BillingMode", "PAY_PER_REQUEST");
        assertThat(list(properties.get("KeySchema"))).containsExactly(
                Map.of("AttributeName", "pk", "KeyType", "HASH"), Map.of("AttributeName", "sk", "KeyType", "RANGE"));
        Map<String, Object> index = map(list(properties.get("GlobalSecondaryIndexes")).get(0));
        assertThat(index).containsEntry("IndexName", "gsi1");
        assertThat(list(index.get("KeySchema"))).containsExactly(
                Map.of("AttributeName", "gsi1pk", "KeyType", "HASH"),
                Map.of("AttributeName", "gsi1sk", "KeyType", "RANGE"));
        assertThat(map(properties.get("TimeToLiveSpecification")))
                .containsEntry("AttributeName", "expiresAt").containsEntry("Enabled", "true");
        assertThat(map(properties.get("PointInTimeRecoverySpecification")))
                .containsEntry("PointInTimeRecoveryEnabled", "true");
        assertThat(map(properties.get("SSESpecification"))).containsEntry("SSEEnabled", "true");
    }

    @Test
    void theConfigBucketIsVersionedEncryptedPrivateAndTlsOnly() {
        assertThat(template.resource("ConfigBucket")).containsEntry("DeletionPolicy", "Retain");
        Map<String, Object> bucket = template.properties("ConfigBucket");
        assertThat(map(bucket.get("VersioningConfiguration"))).containsEntry("Status", "Enabled");
        assertThat(bucket.get("BucketEncryption").toString()).contains("SSEAlgorithm=AES256");
        assertThat(map(bucket.get("PublicAccessBlockConfiguration")).values()).hasSize(4).allMatch("true"::equals);
        Map<String, Object> denyHttp = map(list(map(template.properties("ConfigBucketPolicy").get("PolicyDocument"))
                .get("Statement")).get(0));
        assertThat(denyHttp).containsEntry("Effect", "Deny");
        assertThat(denyHttp.get("Condition").toString()).contains("aws:SecureTransport=false");
    }

    @Test
    void everyFunctionAndTheDeadLetterQueueRaiseAnAlarm() {
        List<String> watched = new ArrayList<>();
        for (String alarm : template.resourcesOfType("AWS::CloudWatch::Alarm")) {
            Map<String, Object> properties = template.properties(alarm);
            assertThat(list(properties.get("AlarmActions"))).as(alarm).containsExactly(Map.of("Ref", "AlarmTopic"));
            for (Object dimension : properties.containsKey("Dimensions") ? list(properties.get("Dimensions"))
                    : List.of()) {
                Object value = map(dimension).get("Value");
                watched.add(value instanceof Map<?, ?> ref && ref.get("Ref") != null ? String.valueOf(ref.get("Ref"))
                        : strings(map(value).get("Fn::GetAtt")).get(0));
            }
        }
        assertThat(watched).containsExactlyInAnyOrder("ScanFunction", "WeeklyReportFunction",
                "QuarterlyReportFunction", "AcknowledgeFunction", "DeadLetterQueue");
    }

    @Test
    void aHeldScanRaisesAnAlarmThroughTheExactLogLineTheScanWrites() {
        Map<String, Object> filter = template.properties("ScanHeldMetricFilter");
        Map<String, Object> alarm = template.properties("ScanHeldAlarm");

        assertThat(filter.get("FilterPattern")).isEqualTo("{ $.message = \"" + ScanHandler.HELD_MESSAGE + "\" }");
        assertThat(filter.get("LogGroupName")).isEqualTo(Map.of("Ref", "ScanLogGroup"));
        Map<String, Object> metric = map(list(filter.get("MetricTransformations")).get(0));
        assertThat(alarm.get("MetricName")).isEqualTo(metric.get("MetricName"));
        assertThat(alarm.get("Namespace")).isEqualTo(metric.get("MetricNamespace"));
        assertThat(list(alarm.get("AlarmActions"))).containsExactly(Map.of("Ref", "AlarmTopic"));
    }
}
