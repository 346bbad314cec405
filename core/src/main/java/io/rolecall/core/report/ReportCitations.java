package io.rolecall.core.report;

import io.rolecall.core.framework.FrameworkPack;
import io.rolecall.core.framework.Frameworks;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report cites, taken from the enabled framework packs rather than written into templates: the
 * frameworks it checks against, and the clauses each part of it evidences (from each pack's
 * {@code evidence} map, keyed like the evidence pack's files). A part no enabled pack maps is null, and the
 * template then cites nothing.
 *
 * @param frameworks    "ISO/IEC 27001:2022, SOC 2 (Trust Services Criteria)"
 * @param reports       what sending the weekly and quarterly reports evidences
 * @param roleRegister  what the role register evidences
 * @param nonconformities what the nonconformity register evidences
 * @param calendar      what the ISMS calendar evidences
 */
public record ReportCitations(String frameworks, String reports, String roleRegister, String nonconformities,
                              String calendar) {

    public static ReportCitations of(Frameworks enabled) {
        return new ReportCitations(String.join(", ", enabled.packs().stream().map(FrameworkPack::title).toList()),
                evidenceFor(enabled, "reports-sent"), evidenceFor(enabled, "role-register"),
                evidenceFor(enabled, "nonconformities"), evidenceFor(enabled, "calendar-completions"));
    }

    /** "ISO/IEC 27001:2022 5.3, 9.3; SOC 2 CC2.2", or null when no enabled pack maps the part. */
    public static String evidenceFor(Frameworks enabled, String part) {
        List<String> cited = new ArrayList<>();
        enabled.packs().forEach(pack -> pack.evidenceFor(part).ifPresent(cited::add));
        return cited.isEmpty() ? null : String.join("; ", cited);
    }
}
