package io.rolecall.core.port;

import io.rolecall.core.metrics.PostureMetrics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one accepted scan saw, kept so that reports can compare periods and auditors can see when
 * RoleCall ran, against which roles.yaml ({@code catalogueSha256}) and which source.
 *
 * @param directoryDigest the {@linkplain io.rolecall.core.model.DirectorySnapshot#digest() digest} of the
 *                        directory the scan stored; null for runs recorded before it was kept
 * @param engine          the {@linkplain io.rolecall.core.usecase.EngineBuild build} of RoleCall that ran the
 *                        scan; null for runs recorded before it was kept
 * @param recordsRevision the {@linkplain AcknowledgementStore#revision() revision} of the records written
 *                        between scans that the rules read, as the scan found it; null before it was kept
 * @param sourceDigest    the {@linkplain DirectorySource#contentDigest() digest of the source's content} that the
 *                        scan read and checked, when the source has one (an export file) and it did not change
 *                        during the scan; else null
 */
public record ScanRun(String runId, LocalDate asOf, Instant startedAt, String source, String catalogueSha256,
                      int opened, int reopened, int resolved, PostureMetrics metrics, String directoryDigest,
                      String engine, String recordsRevision, String sourceDigest) {

    public ScanRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(catalogueSha256, "catalogueSha256");
        Objects.requireNonNull(metrics, "metrics");
    }
}
