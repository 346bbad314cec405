package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.RolesYamlPatch;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.handover.HandoverException;
import io.rolecall.core.port.Storage;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** What the compliance manager does with handovers: list them, call one off, and write the accepted ones in. */
public final class HandoverUseCase {

    private static final int MAX_NOTE = 1000;

    private final Storage storage;
    private final AsOfRules asOfRules;

    public HandoverUseCase(Storage storage, AsOfRules asOfRules) {
        this.storage = storage;
        this.asOfRules = asOfRules;
    }

    /** Every handover, open ones first, then by effective day and id. */
    public List<Handover> list() {
        return storage.handovers().all().stream().sorted(Comparator.comparing((Handover h) -> !h.open())
                .thenComparing(Handover::effective).thenComparing(Handover::id)).toList();
    }

    /** Calls off a proposed or accepted handover, with why; the successor's page then refuses it. */
    public Handover cancel(String id, String note, LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this cancel");
        String why = note == null ? "" : note.strip();
        if (why.isEmpty() || why.length() > MAX_NOTE) {
            throw new HandoverException("say why the handover is called off, in a note of up to " + MAX_NOTE
                    + " characters: it stays on record as evidence.");
        }
        Handover kept = storage.handovers().find(id.strip()).orElseThrow(() -> new HandoverException("there is no "
                + "handover " + id.strip() + "; the handover list shows their ids, such as HO-1A2B3C4D."));
        if (!kept.open()) {
            throw new HandoverException(kept.id() + " is " + kept.status() + " already; only a PROPOSED or ACCEPTED "
                    + "handover can be called off" + (kept.status() == Handover.Status.APPLIED ? " (to undo it, "
                    + "change roles.yaml)." : "."));
        }
        Handover cancelled = kept.cancelled(asOf, why);
        if (!storage.handovers().transition(cancelled, kept.status())) {
            throw new HandoverException(kept.id() + " changed while it was being called off (its successor may "
                    + "just have accepted it); look at the handover list and try again.");
        }
        return cancelled;
    }

    /**
     * roles.yaml with every accepted handover written in: the successor in the leaver's place among the
     * primaries and out of the backups, everything else as it was. The result is checked to be a roles.yaml
     * RoleCall reads; the handovers close as applied at the next scan of it.
     *
     * @param rolesYaml the file's own text
     * @param asSource  the text as the parser reads it (with the pack files it names)
     */
    public RolesYamlPatch.Result patch(String rolesYaml, Function<String, CatalogueSource> asSource) {
        asSource.apply(rolesYaml).parse();
        List<RolesYamlPatch.Change> changes = storage.handovers().all().stream()
                .filter(handover -> handover.status() == Handover.Status.ACCEPTED)
                .map(handover -> new RolesYamlPatch.Change(handover.id(), handover.roleId(), handover.from(),
                        handover.to())).toList();
        RolesYamlPatch.Result result = RolesYamlPatch.apply(rolesYaml, changes);
        asSource.apply(result.text()).parse();
        return result;
    }
}
