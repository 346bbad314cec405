package io.rolecall.core.port;

import io.rolecall.core.catalogue.CatalogueSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One record per accepted scan, and the roles.yaml text each was checked against. */
public interface RunLog {

    /** The latest accepted scan: latest as-of date, then latest start. */
    Optional<ScanRun> latest();

    /** The latest accepted scan whose as-of date is on or before {@code day}. */
    Optional<ScanRun> latestOnOrBefore(LocalDate day);

    /** Every accepted scan dated from {@code from} to {@code to}, both included, oldest first. */
    List<ScanRun> between(LocalDate from, LocalDate to);

    /** Records a run, and its catalogue text if that text is not stored yet. Idempotent per run id. */
    void append(ScanRun run, CatalogueSource catalogue);

    Optional<CatalogueSource> catalogue(String sha256);
}
