package io.rolecall.core.framework;

import java.util.List;
import java.util.Optional;

/**
 * The role clauses of one framework as data: the role slots (functions) it expects an organisation to
 * fill, and for each clause the findings that evidence it is not met. A new framework is a YAML file of
 * this shape (schema/framework.schema.json), read by the catalogue; nothing here knows any framework.
 *
 * @param citation     how a finding cites the framework's clauses, "SOC 2" in "SOC 2 CC1.3"
 * @param applicability which clauses bind only some organisations, in words; null when all bind everyone
 * @param evidence     for each file of the evidence pack (by its name without extension), the clauses it evidences
 */
public record FrameworkPack(String id, String title, String version, String citation, String applicability,
                            List<PackFunction> functions, List<Clause> clauses,
                            java.util.Map<String, List<String>> evidence) {

    public FrameworkPack {
        functions = List.copyOf(functions);
        clauses = List.copyOf(clauses);
        evidence = java.util.Map.copyOf(evidence);
    }

    public Optional<PackFunction> function(String functionId) {
        return functions.stream().filter(function -> function.id().equals(functionId)).findFirst();
    }

    /** "SOC 2 CC1.3". */
    public String reference(Clause clause) {
        return citation + " " + clause.id();
    }

    /** The clauses a file of the evidence pack evidences, cited: "SOC 2 CC1.3, CC2.2". */
    public Optional<String> evidenceFor(String file) {
        List<String> clauseIds = evidence.getOrDefault(file, List.of());
        return clauseIds.isEmpty() ? Optional.empty() : Optional.of(citation + " " + String.join(", ", clauseIds));
    }
}
