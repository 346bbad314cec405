package io.rolecall.core.report;

import java.util.List;

/**
 * A short operational email (a held scan, an invalid roles.yaml): what happened, the details, and
 * what to do. Rendered like the reports, with every value escaped in HTML.
 */
public record Notice(String reference, String organisation, String title, List<String> paragraphs,
                     List<String> details, String action) {

    public Notice {
        paragraphs = List.copyOf(paragraphs);
        details = List.copyOf(details);
    }

    public String subject() {
        return "RoleCall: " + Subjects.oneLine(title) + (organisation == null ? "" : " (" + Subjects.oneLine(organisation) + ")");
    }
}
