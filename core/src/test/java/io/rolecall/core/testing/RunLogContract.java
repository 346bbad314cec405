package io.rolecall.core.testing;

import static io.rolecall.core.testing.Fixtures.DAY;
import static io.rolecall.core.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.port.RunLog;
import io.rolecall.core.port.ScanRun;
import java.time.Instant;
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
