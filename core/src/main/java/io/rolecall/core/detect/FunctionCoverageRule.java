package io.rolecall.core.detect;

import io.rolecall.core.framework.FrameworkPack;
import io.rolecall.core.framework.PackFunction;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import java.util.Set;

/**
 * A function an enabled framework expects (a security officer, a DPO) that no role of roles.yaml declares
 * it fulfils. Only when roles.yaml lists its frameworks: without that list nothing asks for functions.
 */
final class FunctionCoverageRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.FUNCTION_NOT_ASSIGNED);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        if (!input.catalogue().frameworks().declared()) {
            return;
        }
        for (PackFunction function : input.catalogue().functionsNotDeclared()) {
            FrameworkPack pack = input.catalogue().frameworks().pack(function.packId()).orElseThrow();
            out.raise(FindingKey.forFunction(FindingKind.FUNCTION_NOT_ASSIGNED, function.qualifiedId()),
                    "No role fulfils " + function.name() + ", which " + pack.title() + " expects ("
                            + function.qualifiedId() + ")" + (function.description() == null ? "."
                            : ": " + function.description()),
                    "Add " + function.qualifiedId() + " to the functions of the role that does this job in roles.yaml, "
                            + "or add a role for it with a named primary.");
        }
    }
}
