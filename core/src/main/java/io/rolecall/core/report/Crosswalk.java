package io.rolecall.core.report;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.framework.Clause;
import io.rolecall.core.framework.ClauseCheck;
import io.rolecall.core.framework.FrameworkPack;
import io.rolecall.core.framework.Frameworks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where roles.yaml stands on every clause of every framework it enables: covered (every function the
 * clause needs is declared and no open finding shows it unmet), with gaps (open findings), or not set up
 * (a function it needs is declared by no role). Judged from roles.yaml alone, nothing can have gaps.
 */
public record Crosswalk(List<FrameworkStatus> frameworks) {

    public enum Status { COVERED, GAPS, NOT_SET_UP }

    public Crosswalk {
        frameworks = List.copyOf(frameworks);
    }

    /** One framework: its clauses, and how many are in each status. */
    public record FrameworkStatus(String id, String title, String version, String citation, String applicability,
                                  List<ClauseStatus> clauses) {
        public FrameworkStatus {
            clauses = List.copyOf(clauses);
        }

        public long count(Status status) {
            return clauses.stream().filter(clause -> clause.status() == status).count();
        }
    }

    /**
     * @param checks           the finding kinds that evidence the clause
     * @param functions        the functions (PACK:ID) its checks are about
     * @param missingFunctions those of them no role declares
     * @param openFindings     the ids of open findings that show it unmet
     */
    public record ClauseStatus(String id, String title, String reference, Status status, List<String> checks,
                               List<String> functions, List<String> missingFunctions, List<String> openFindings) {
        public ClauseStatus {
            checks = List.copyOf(checks);
            functions = List.copyOf(functions);
            missingFunctions = List.copyOf(missingFunctions);
            openFindings = List.copyOf(openFindings);
        }
    }

    /**
     * @param open        the findings open at the day judged. Empty to judge from roles.yaml alone
     * @param onlyPackId  one framework's id, or null for every enabled one
     */
    public static Crosswalk of(RoleCatalogue catalogue, Collection<Finding> open, String onlyPackId) {
        List<FrameworkStatus> statuses = new ArrayList<>();
        for (FrameworkPack pack : catalogue.frameworks().packs()) {
            if (onlyPackId != null && !onlyPackId.equals(pack.id())) {
                continue;
            }
            List<ClauseStatus> clauses = new ArrayList<>();
            for (Clause clause : pack.clauses()) {
                clauses.add(clause(catalogue, pack, clause, open));
            }
            statuses.add(new FrameworkStatus(pack.id(), pack.title(), pack.version(), pack.citation(),
                    pack.applicability(), clauses));
        }
        return new Crosswalk(statuses);
    }

    private static ClauseStatus clause(RoleCatalogue catalogue, FrameworkPack pack, Clause clause,
                                       Collection<Finding> open) {
        Set<String> kinds = new LinkedHashSet<>();
        for (ClauseCheck check : clause.checks()) {
            check.kinds().forEach(kind -> kinds.add(kind.name()));
        }
        List<String> functions = Frameworks.functionsOf(pack, clause);
        List<String> missing = functions.stream().filter(f -> catalogue.rolesFulfilling(f).isEmpty()).toList();
        String reference = pack.reference(clause);
        List<String> openFindings = open.stream()
                .filter(finding -> catalogue.references(finding.key()).contains(reference))
                .map(Finding::id).toList();
        Status status = !missing.isEmpty() ? Status.NOT_SET_UP : openFindings.isEmpty() ? Status.COVERED
                : Status.GAPS;
        return new ClauseStatus(clause.id(), clause.title(), reference, status, List.copyOf(kinds), functions,
                missing, openFindings);
    }
}
