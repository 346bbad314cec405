package io.rolecall.core.framework;

import io.rolecall.core.model.FindingKind;
import java.util.List;

/**
 * What evidences a clause: findings of these kinds, about any role or, when functions are named,
 * only about the roles that declare one of them (ids within the clause's own pack).
 */
public record ClauseCheck(List<FindingKind> kinds, List<String> functions) {

    public ClauseCheck {
        kinds = List.copyOf(kinds);
        functions = List.copyOf(functions);
    }
}
