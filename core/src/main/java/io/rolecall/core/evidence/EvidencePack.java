package io.rolecall.core.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * What an ISO 27001 auditor asks for on clause 5.3 and its neighbours, for one period: the tables,
 * and every roles.yaml in force during it, as the scans stored them.
 */
public record EvidencePack(String organisation, LocalDate from, LocalDate to, String tool,
                           List<EvidenceTable> tables, List<RolesYamlVersion> rolesYaml) {

    /** A roles.yaml text some scan of the period (or the last before it) was checked against. */
    public record RolesYamlVersion(String fileName, String sha256, LocalDate firstScan, LocalDate lastScan,
                                   String text) {
    }

    public EvidencePack {
        tables = List.copyOf(tables);
        rolesYaml = List.copyOf(rolesYaml);
    }
}
