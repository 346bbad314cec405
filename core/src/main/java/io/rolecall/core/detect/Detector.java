package io.rolecall.core.detect;

import io.rolecall.core.finding.DetectedFinding;
import io.rolecall.core.model.FindingKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs every rule over one scan's input. Pure: same input, same findings, same order. */
public final class Detector {

    private static final List<Rule> RULES = List.of(new HolderRules(), new CoverageRules(), new CatalogueRules(),
            new AcknowledgementRules(), new CalendarRules(), new HolderCountRule(), new EligibilityRule(),
            new IndependenceRule(), new ReportingLineRule(), new AssignmentReviewRule(), new AuthorityNoticeRule(),
            new DocumentAcknowledgementRule(), new FunctionCoverageRule(), new AccountActiveAfterLeavingRule(),
            new CoverageGapRule(), new ApprovalRule());

    private Detector() {
    }

    public static List<DetectedFinding> detect(DetectionInput input) {
        List<DetectedFinding> findings = new ArrayList<>();
        RaisedFindings out = new RaisedFindings(input.catalogue(), findings);
        for (Rule rule : RULES) {
            out.from(rule);
            rule.apply(input, out);
        }
        findings.sort(Comparator.comparing(DetectedFinding::severity)
                .thenComparing(f -> f.key().kind())
                .thenComparing(DetectedFinding::id));
        return findings;
    }

    /** Each rule by its class name, with the kinds it can raise: what the reference documents. */
    public static Map<String, Set<FindingKind>> kindsByRule() {
        Map<String, Set<FindingKind>> kinds = new LinkedHashMap<>();
        RULES.forEach(rule -> kinds.put(rule.getClass().getSimpleName(), rule.kinds()));
        return kinds;
    }
}
