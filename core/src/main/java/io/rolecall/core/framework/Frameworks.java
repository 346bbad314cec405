package io.rolecall.core.framework;

import io.rolecall.core.model.FindingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The framework packs roles.yaml enables, and which of their clauses a finding shows unmet.
 *
 * @param declared whether roles.yaml lists its frameworks; when it does not, ISO 27001 is enabled for
 *                 references and the crosswalk, and a function no role declares is not a finding
 */
public record Frameworks(List<FrameworkPack> packs, boolean declared) {

    public Frameworks {
        packs = List.copyOf(packs);
    }

    public Optional<FrameworkPack> pack(String id) {
        return packs.stream().filter(pack -> pack.id().equals(id)).findFirst();
    }

    /** Every function of every enabled pack, in pack order. */
    public List<PackFunction> functions() {
        List<PackFunction> functions = new ArrayList<>();
        packs.forEach(pack -> functions.addAll(pack.functions()));
        return functions;
    }

    /**
     * The clauses a finding evidences as unmet, cited ("SOC 2 CC1.3"), in pack and clause order.
     *
     * @param kind      the finding's kind
     * @param functions the qualified functions (PACK:ID) of what the finding is about: the roles it names (or
     *                  the owner of the activity it is about), or the function itself
     * @param subjectPack for a finding about a function, its pack: only that pack's clauses can cite it
     */
    public List<String> references(FindingKind kind, Set<String> functions, String subjectPack) {
        List<String> references = new ArrayList<>();
        for (FrameworkPack pack : packs) {
            if (subjectPack != null && !subjectPack.equals(pack.id())) {
                continue;
            }
            for (Clause clause : pack.clauses()) {
                if (covers(pack, clause, kind, functions)) {
                    references.add(pack.reference(clause));
                }
            }
        }
        return references;
    }

    /** Whether one of the clause's checks takes findings of this kind about these functions. */
    public static boolean covers(FrameworkPack pack, Clause clause, FindingKind kind, Set<String> functions) {
        for (ClauseCheck check : clause.checks()) {
            if (!check.kinds().contains(kind)) {
                continue;
            }
            if (check.functions().isEmpty()) {
                return true;
            }
            for (String function : check.functions()) {
                if (functions.contains(pack.id() + ":" + function)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The functions a clause's checks name, qualified: what must be declared for the clause to be set up. */
    public static List<String> functionsOf(FrameworkPack pack, Clause clause) {
        List<String> functions = new ArrayList<>();
        for (ClauseCheck check : clause.checks()) {
            for (String function : check.functions()) {
                String qualified = pack.id() + ":" + function;
                if (!functions.contains(qualified)) {
                    functions.add(qualified);
                }
            }
        }
        return functions;
    }
}
