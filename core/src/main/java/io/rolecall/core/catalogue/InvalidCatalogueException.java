package io.rolecall.core.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** roles.yaml could not be accepted; every problem found is listed, not just the first. */
public final class InvalidCatalogueException extends RuntimeException {

    private final transient List<ConfigProblem> problems;

    public InvalidCatalogueException(List<ConfigProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in roles file:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
