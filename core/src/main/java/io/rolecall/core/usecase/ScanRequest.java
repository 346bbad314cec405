package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.HrSnapshot;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One scan to run: roles.yaml (its text, kept as evidence, and its parsed form), the directory to read
 * from {@code source}, the day it counts as, and whether the admin accepted a mass change.
 */
public record ScanRequest(CatalogueSource catalogueSource, RoleCatalogue catalogue, ScanDirectory directory,
                          String source, LocalDate asOf, boolean acceptDirectoryChange, HrSnapshot hr) {

    public ScanRequest {
        Objects.requireNonNull(catalogueSource, "catalogueSource");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Without an HR source. */
    public ScanRequest(CatalogueSource catalogueSource, RoleCatalogue catalogue, ScanDirectory directory,
                       String source, LocalDate asOf, boolean acceptDirectoryChange) {
        this(catalogueSource, catalogue, directory, source, asOf, acceptDirectoryChange, null);
    }

    /** The same request, with what the HR system holds joined to the directory. */
    public ScanRequest withHr(HrSnapshot records) {
        return new ScanRequest(catalogueSource, catalogue, directory, source, asOf, acceptDirectoryChange, records);
    }

    /** A request for a directory already read. */
    public ScanRequest(CatalogueSource catalogueSource, RoleCatalogue catalogue, DirectorySnapshot directory,
                       String source, LocalDate asOf, boolean acceptDirectoryChange) {
        this(catalogueSource, catalogue, ScanDirectory.of(directory), source, asOf, acceptDirectoryChange);
    }

    public static ScanRequest of(CatalogueSource catalogueSource, DirectorySnapshot directory, String source,
                                 LocalDate asOf, boolean acceptDirectoryChange) {
        return new ScanRequest(catalogueSource, catalogueSource.parse(), directory, source, asOf,
                acceptDirectoryChange);
    }
}
