package io.rolecall.infra.dynamodb.internal;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.model.Severity;
import io.rolecall.core.metrics.PostureMetrics;
import io.rolecall.core.model.Dates;
import io.rolecall.core.port.RunLog;
import io.rolecall.core.port.ScanRun;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Runs in partition RUN, sort key asOf#startedAt so that the latest is the last; they expire after
 * about two years (quarterly comparisons and audits reach back a year). The roles.yaml texts live in
 * partition CATALOGUE by content hash and never expire: they are the evidence of what was checked.
 */
public final class DynamoDbRunLog implements RunLog {

    static final String RUNS = "RUN";
    static final String CATALOGUES = "CATALOGUE";
    static final Duration RUN_KEPT = Duration.ofDays(800);

    private final Table table;

    public DynamoDbRunLog(Table table) {
        this.table = table;
    }

    @Override
    public Optional<ScanRun> latest() {
        return first(request -> request.keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Table.PK))
                .expressionAttributeValues(Map.of(":pk", Items.s(RUNS))));
    }

    @Override
    public Optional<ScanRun> latestOnOrBefore(LocalDate day) {
        // '~' sorts after every character of an ISO instant, so the whole day is included.
        return first(request -> request.keyConditionExpression("#pk = :pk AND #sk <= :end")
                .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                .expressionAttributeValues(Map.of(":pk", Items.s(RUNS), ":end", Items.s(day + "#~"))));
    }

    @Override
    public List<ScanRun> between(LocalDate from, LocalDate to) {
        return table.query(request -> request.keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                        .expressionAttributeValues(Map.of(":pk", Items.s(RUNS), ":from", Items.s(from + "#"),
                                ":to", Items.s(to + "#~"))))
                .stream().map(DynamoDbRunLog::toRun).toList();
    }

    private Optional<ScanRun> first(UnaryOperator<QueryRequest.Builder> condition) {
        List<Map<String, AttributeValue>> items = table.client().query(condition.apply(QueryRequest.builder()
                .tableName(table.name()).scanIndexForward(false).limit(1).consistentRead(true))
                .build()).items();
        return items.isEmpty() ? Optional.empty() : Optional.of(toRun(items.get(0)));
    }

    @Override
    public void append(ScanRun run, CatalogueSource catalogue) {
        Map<String, AttributeValue> text = new HashMap<>();
        text.put(Table.PK, Items.s(CATALOGUES));
        text.put(Table.SK, Items.s(catalogue.sha256()));
        Items.put(text, "name", catalogue.name());
        Items.put(text, "text", catalogue.text());
        // A read spares the write of a text stored by an earlier run: most runs check the same roles.yaml.
        if (catalogue(catalogue.sha256()).isEmpty()) {
            table.putIfAbsent(text);
        }
        table.putIfAbsent(toItem(run));
    }

    @Override
    public Optional<CatalogueSource> catalogue(String sha256) {
        Map<String, AttributeValue> item = table.client().getItem(request -> request.tableName(table.name())
                .key(Map.of(Table.PK, Items.s(CATALOGUES), Table.SK, Items.s(sha256))).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CatalogueSource(Items.text(item, "name"), Items.text(item, "text")));
    }

    private static Map<String, AttributeValue> toItem(ScanRun run) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Table.PK, Items.s(RUNS));
        // Fixed width, so that sort-key order is time order within a day.
        item.put(Table.SK, Items.s(run.asOf() + "#" + Dates.sortable(run.startedAt())));
        Items.put(item, "runId", run.runId());
        Items.put(item, "asOf", run.asOf());
        Items.put(item, "startedAt", run.startedAt());
        Items.put(item, "source", run.source());
        Items.put(item, "catalogueSha256", run.catalogueSha256());
        Items.put(item, "directoryDigest", run.directoryDigest());
        Items.put(item, "engine", run.engine());
        Items.put(item, "recordsRevision", run.recordsRevision());
        Items.put(item, "sourceDigest", run.sourceDigest());
        item.put("opened", Items.n(run.opened()));
        item.put("reopened", Items.n(run.reopened()));
        item.put("resolved", Items.n(run.resolved()));
        PostureMetrics m = run.metrics();
        Map<String, AttributeValue> metrics = new HashMap<>();
        metrics.put("people", Items.n(m.people()));
        metrics.put("activePeople", Items.n(m.activePeople()));
        metrics.put("roles", Items.n(m.roles()));
        metrics.put("rolesCovered", Items.n(m.rolesCovered()));
        metrics.put("rolesNeedingBackup", Items.n(m.rolesNeedingBackup()));
        metrics.put("rolesWithBackup", Items.n(m.rolesWithBackup()));
        metrics.put("overdue", Items.n(m.overdue()));
        metrics.put("conflicts", Items.n(m.conflicts()));
        metrics.put("leaversHoldingRoles", Items.n(m.leaversHoldingRoles()));
        metrics.put("holdersToAcknowledge", Items.n(m.holdersToAcknowledge()));
        metrics.put("holdersAcknowledged", Items.n(m.holdersAcknowledged()));
        if (m.uncoveredRoleDays() != null) {
            metrics.put("uncoveredRoleDays", Items.n(m.uncoveredRoleDays()));
        }
        Map<String, AttributeValue> open = new HashMap<>();
        m.openBySeverity().forEach((severity, count) -> open.put(severity.name(), Items.n(count)));
        metrics.put("openBySeverity", AttributeValue.fromM(open));
        item.put("metrics", AttributeValue.fromM(metrics));
        item.put(Table.EXPIRES_AT, Items.n(run.startedAt().plus(RUN_KEPT).getEpochSecond()));
        return item;
    }

    private static ScanRun toRun(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> m = item.get("metrics").m();
        Map<Severity, Integer> open = new EnumMap<>(Severity.class);
        m.get("openBySeverity").m().forEach((severity, count) -> open.put(Severity.valueOf(severity),
                Integer.parseInt(count.n())));
        PostureMetrics metrics = new PostureMetrics(Items.integer(m, "people"), Items.integer(m, "activePeople"),
                Items.integer(m, "roles"), Items.integer(m, "rolesCovered"), Items.integer(m, "rolesNeedingBackup"),
                Items.integer(m, "rolesWithBackup"), open, Items.integer(m, "overdue"), Items.integer(m, "conflicts"),
                Items.integer(m, "leaversHoldingRoles"), Items.integer(m, "holdersToAcknowledge"),
                Items.integer(m, "holdersAcknowledged"), m.containsKey("uncoveredRoleDays")
                ? Integer.valueOf(Items.integer(m, "uncoveredRoleDays")) : null);
        return new ScanRun(Items.text(item, "runId"), Items.date(item, "asOf"),
                Instant.parse(Items.text(item, "startedAt")), Items.text(item, "source"),
                Items.text(item, "catalogueSha256"), Items.integer(item, "opened"), Items.integer(item, "reopened"),
                Items.integer(item, "resolved"), metrics, Items.text(item, "directoryDigest"),
                Items.text(item, "engine"), Items.text(item, "recordsRevision"), Items.text(item, "sourceDigest"));
    }
}
