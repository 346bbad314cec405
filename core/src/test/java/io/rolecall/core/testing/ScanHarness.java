package io.rolecall.core.testing;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.port.Storage;
import io.rolecall.core.usecase.ScanRequest;
import io.rolecall.core.usecase.ScanResult;
import io.rolecall.core.usecase.ScanUseCase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Runs scans over a store, day after day, the way the CLI and the Lambda do; for tests that follow
 * findings and the ledger across several runs.
 */
public final class ScanHarness {

    private final Storage storage;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private long tick;

    public ScanHarness(Storage storage) {
        this.storage = storage;
    }

    public static ScanHarness inMemory() {
        return new ScanHarness(InMemoryStorage.create());
    }

    public Storage storage() {
        return storage;
    }

    public ScanResult scan(String rolesYaml, List<Person> people, LocalDate asOf) {
        return scan(rolesYaml, people, asOf, false);
    }

    public ScanResult scan(String rolesYaml, List<Person> people, LocalDate asOf, boolean acceptChange) {
        return scan(rolesYaml, DirectorySnapshot.of(people), asOf, acceptChange);
    }

    public ScanResult scan(String rolesYaml, DirectorySnapshot directory, LocalDate asOf, boolean acceptChange) {
        clock.set(asOf.atTime(8, 0).toInstant(ZoneOffset.UTC).plusSeconds(tick++));
        ScanRequest request = ScanRequest.of(new CatalogueSource("roles.yaml", rolesYaml), directory, "test", asOf,
                acceptChange);
        return new ScanUseCase(storage, clock).scan(request);
    }

    /** Open findings of one kind after the last scan. */
    public List<Finding> open(FindingKind kind) {
        return storage.findings().findings().stream().filter(f -> f.isOpen() && f.kind() == kind).toList();
    }

}
