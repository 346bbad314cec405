package io.rolecall.core.detect;

import io.rolecall.core.finding.DetectedFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule over one scan's input. Pure: same input, same findings, same order. */
public final class Detector {

    private Detector() {
    }

    public static List<DetectedFinding> detect(DetectionInput input) {
        List<DetectedFinding> findings = new ArrayList<>();
        HolderRules.apply(input, findings);
        CoverageRules.apply(input, findings);
        CatalogueRules.apply(input, findings);
        AcknowledgementRules.apply(input, findings);
        CalendarRules.apply(input, findings);
        findings.sort(Comparator.comparing(DetectedFinding::severity)
                .thenComparing(f -> f.key().kind())
                .thenComparing(DetectedFinding::id));
        return findings;
    }
}
