package io.rolecall.core.report;

import io.rolecall.core.report.Crosswalk.FrameworkStatus;
import io.rolecall.core.report.Crosswalk.Status;
import java.util.List;

/** One enabled framework as the quarterly's "Frameworks" table shows it: how many of its clauses stand where. */
public record FrameworkLine(String title, long clauses, long covered, long gaps, long notSetUp) {

    public static List<FrameworkLine> of(Crosswalk crosswalk) {
        return crosswalk.frameworks().stream().map(FrameworkLine::of).toList();
    }

    private static FrameworkLine of(FrameworkStatus framework) {
        return new FrameworkLine(framework.title(), framework.clauses().size(), framework.count(Status.COVERED),
                framework.count(Status.GAPS), framework.count(Status.NOT_SET_UP));
    }
}
