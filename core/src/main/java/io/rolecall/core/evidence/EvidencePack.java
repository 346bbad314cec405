package io.rolecall.core.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * What an auditor asks for on the role clauses of the frameworks roles.yaml enables, for one period: the
 * tables, every roles.yaml in force during it, as the scans stored them, and the reports and the holders'
 * notices sent in it.
 *
 * @param frameworks         the enabled frameworks' titles, for the index
 * @param rolesYamlEvidences the clauses the roles.yaml versions evidence, cited; null when no pack maps them
 * @param noticesEvidences   the clauses the kept notices evidence, cited; null when no pack maps them
 */
public record EvidencePack(String organisation, LocalDate from, LocalDate to, String tool, String frameworks,
                           List<EvidenceTable> tables, List<RolesYamlVersion> rolesYaml, List<SentReport> reports,
                           List<KeptNotice> notices, List<String> notIncluded, String rolesYamlEvidences,
                           String noticesEvidences) {

    /** A roles.yaml in force during the period, with what index.html says of it. */
    public record RolesYamlVersion(String fileName, String sha256, String title, String shows, String text) {
    }

    /** A report sent in the period, as the whole message that went out (.eml), with what index.html says of it. */
    public record SentReport(String fileName, String title, String shows, String evidences, byte[] message) {
    }

    /**
     * A notice or reminder sent to a holder in the period, as it went out with its links left out;
     * notices-sent.csv names each by its file.
     */
    public record KeptNotice(String fileName, byte[] message) {
    }

    /** What index.html says of the folder of notices, which it lists as one entry. */
    public static final String NOTICES_FOLDER = "notices/";

    public EvidencePack {
        tables = List.copyOf(tables);
        rolesYaml = List.copyOf(rolesYaml);
        reports = List.copyOf(reports);
        notices = List.copyOf(notices);
        notIncluded = List.copyOf(notIncluded);
    }
}
