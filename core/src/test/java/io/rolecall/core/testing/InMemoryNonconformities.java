package io.rolecall.core.testing;

import io.rolecall.core.nonconformity.ConcurrentChangeException;
import io.rolecall.core.nonconformity.NcDraft;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.port.NonconformityStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The register in memory; its methods are synchronized, as SQLite and DynamoDB serialise theirs. */
final class InMemoryNonconformities implements NonconformityStore {

    private final TreeMap<String, Nonconformity> byId = new TreeMap<>();

    @Override
    public synchronized List<Nonconformity> all() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public synchronized Optional<Nonconformity> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Nonconformity raise(NcDraft draft) {
        int year = draft.raisedOn().getYear();
        int number = 1;
        while (byId.containsKey(NcDraft.id(year, number))) {
            number++;
        }
        Nonconformity raised = draft.withId(NcDraft.id(year, number));
        byId.put(raised.id(), raised);
        return raised;
    }

    @Override
    public synchronized Nonconformity update(Nonconformity changed) {
        Nonconformity stored = byId.get(changed.id());
        if (stored == null || stored.revision() != changed.revision()) {
            throw new ConcurrentChangeException(changed.id());
        }
        Nonconformity written = changed.atRevision(changed.revision() + 1);
        byId.put(written.id(), written);
        return written;
    }
}
