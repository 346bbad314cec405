package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.AcknowledgementPlan;
import io.rolecall.core.acknowledge.HolderState;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.handover.Handovers;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The state the latest accepted scan left: its roles.yaml and its directory, for reports and notices. */
final class StoredState {

    private StoredState() {
    }

    static RoleCatalogue catalogueOf(Storage storage, ScanRun run) {
        return storage.runs().catalogue(run.catalogueSha256())
                .orElseThrow(() -> new IllegalStateException("the store lost the roles.yaml of run " + run.runId()
                        + " (sha256 " + run.catalogueSha256() + ")"))
                .parse();
    }

    /**
     * The roles.yaml of a run with the handovers accepted by its day in effect: the successor a primary,
     * as the scan of that day counted them.
     */
    static RoleCatalogue catalogueInEffect(Storage storage, ScanRun run, List<Handover> handovers) {
        return Handovers.inEffect(catalogueOf(storage, run), handovers, run.asOf());
    }

    static Optional<RoleCatalogue> latestCatalogue(Storage storage) {
        return storage.runs().latest().map(run -> catalogueOf(storage, run));
    }

    /** The last accepted directory, ordered by email so that results do not depend on storage order. */
    static Directory directory(Storage storage, RoleCatalogue catalogue) {
        KnownPeople known = storage.people().knownPeople();
        DirectorySnapshot snapshot = DirectorySnapshot.of(known.all().stream()
                .filter(KnownPerson::isPresent).map(KnownPerson::person)
                .sorted(Comparator.comparing(Person::email)).toList());
        return new Directory(snapshot, RoleHoldings.resolve(catalogue, snapshot, known));
    }

    /** The last accepted directory, who holds what in it, and where each holder stands on {@code asOf}. */
    static HolderState holders(Storage storage, RoleCatalogue catalogue, LocalDate asOf) {
        Directory directory = directory(storage, catalogue);
        AcknowledgementPlan plan = AcknowledgementPlan.of(catalogue, directory.snapshot(), directory.holdings(),
                storage.ledger().openPeriods(), storage.acknowledgements().records(), asOf);
        return new HolderState(catalogue, directory.snapshot(), directory.holdings(), plan);
    }

    record Directory(DirectorySnapshot snapshot, RoleHoldings holdings) {
    }
}
