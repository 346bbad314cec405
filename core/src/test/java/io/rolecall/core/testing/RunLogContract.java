package io.rolecall.core.testing;

import static io.rolecall.core.testing.Fixtures.DAY;
import static io.rolecall.core.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.metrics.PostureMetrics;
import io.rolecall.core.port.RunLog;
import io.rolecall.core.port.ScanRun;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RunLog} must do; each implementation runs these tests. */
public abstract class RunLogContract {

    private static final CatalogueSource ROLES = new CatalogueSource("roles.yaml", "version: 1\n# Zoë's roles\n");
    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private RunLog runs;

    protected abstract RunLog newRunLog();

    @BeforeEach
    void setUpRunLog() {
        runs = newRunLog();
    }

    @Test
    void newLogHasNoRuns() {
        assertThat(runs.latest()).isEmpty();
        assertThat(runs.latestOnOrBefore(DAY)).isEmpty();
    }

    @Test
    void aRunAndItsMetricsComeBackUnchanged() {
        ScanRun run = run(DAY, T0, ROLES.sha256());

        runs.append(run, ROLES);

        assertThat(runs.latest()).contains(run);
    }

    @Test
    void theRoleDaysWithoutCoverAreKeptWhenKnownAndStayUnknownWhenNot() {
        ScanRun known = run(DAY, T0, ROLES.sha256());
        PostureMetrics m = known.metrics();
        ScanRun withHr = new ScanRun(known.runId(), known.asOf(), known.startedAt(), known.source(),
                known.catalogueSha256(), known.opened(), known.reopened(), known.resolved(),
                new PostureMetrics(m.people(), m.activePeople(), m.roles(), m.rolesCovered(), m.rolesNeedingBackup(),
                        m.rolesWithBackup(), m.openBySeverity(), m.overdue(), m.conflicts(), m.leaversHoldingRoles(),
                        m.holdersToAcknowledge(), m.holdersAcknowledged(), 24),
                known.directoryDigest(), known.engine(), known.recordsRevision(), known.sourceDigest());

        runs.append(withHr, ROLES);

        assertThat(runs.latest()).hasValueSatisfying(run -> assertThat(run.metrics().uncoveredRoleDays()).isEqualTo(24));
        assertThat(known.metrics().uncoveredRoleDays()).isNull();
    }

    @Test
    void latestIsTheLatestAsOfDateThenTheLatestStart() {
        ScanRun dayOneLate = run(DAY, T0.plusSeconds(3600), ROLES.sha256());
        ScanRun dayTwo = run(DAY.plusDays(1), T0.plusSeconds(7200), ROLES.sha256());
        ScanRun dayOneEarly = run(DAY, T0, ROLES.sha256());

        runs.append(dayOneLate, ROLES);
        runs.append(dayTwo, ROLES);
        runs.append(dayOneEarly, ROLES);

        assertThat(runs.latest()).contains(dayTwo);
        assertThat(runs.latestOnOrBefore(DAY)).contains(dayOneLate);
        assertThat(runs.latestOnOrBefore(DAY.minusDays(1))).isEmpty();
        assertThat(runs.latestOnOrBefore(DAY.plusDays(30))).contains(dayTwo);
    }

    @Test
    void runsBetweenTwoDaysComeOldestFirstWithBothEndsIncluded() {
        ScanRun before = run(DAY.minusDays(1), T0.minusSeconds(86_400), ROLES.sha256());
        ScanRun firstLate = run(DAY, T0.plusSeconds(60), ROLES.sha256());
        ScanRun firstEarly = run(DAY, T0, ROLES.sha256());
        ScanRun last = run(DAY.plusDays(9), T0.plusSeconds(9 * 86_400), ROLES.sha256());
        ScanRun after = run(DAY.plusDays(10), T0.plusSeconds(10 * 86_400), ROLES.sha256());
        for (ScanRun run : List.of(after, firstLate, before, last, firstEarly)) {
            runs.append(run, ROLES);
        }

        assertThat(runs.between(DAY, DAY.plusDays(9))).containsExactly(firstEarly, firstLate, last);
        assertThat(runs.between(DAY.plusDays(11), DAY.plusDays(20))).isEmpty();
    }

    @Test
    void runsOfOneSecondKeepTheirOrderWhateverTheirFractionOfASecond() {
        // Instant.toString drops a zero fraction: compared as text, 08:00:00Z would sort after 08:00:00.5Z.
        ScanRun whole = run(DAY, T0, ROLES.sha256());
        ScanRun half = run(DAY, T0.plusMillis(500), ROLES.sha256());
        ScanRun next = run(DAY, T0.plusSeconds(1), ROLES.sha256());
        runs.append(next, ROLES);
        runs.append(whole, ROLES);
        runs.append(half, ROLES);

        assertThat(runs.between(DAY, DAY)).containsExactly(whole, half, next);
        assertThat(runs.latest()).contains(next);
    }

    @Test
    void theCatalogueTextOfARunIsKeptByItsHash() {
        runs.append(run(DAY, T0, ROLES.sha256()), ROLES);

        assertThat(runs.catalogue(ROLES.sha256())).contains(ROLES);
        assertThat(runs.catalogue("0".repeat(64))).isEmpty();
    }

    @Test
    void appendingTheSameRunTwiceKeepsOneRun() {
        ScanRun run = run(DAY, T0, ROLES.sha256());

        runs.append(run, ROLES);
        runs.append(run, ROLES);

        assertThat(runs.latest()).contains(run);
        assertThat(runs.latestOnOrBefore(DAY)).contains(run);
    }
}
