package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.evidence.EvidencePack.RolesYamlVersion;
import io.rolecall.core.model.ContentHash;
import io.rolecall.core.port.RolesYamlHistory;
import io.rolecall.core.port.RolesYamlHistory.Upload;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles.yaml versions of an evidence pack. Those the scans read are always known (each run keeps
 * its text by hash) and give the accepted risks that were in force. Where the deployment keeps every
 * upload (a versioned S3 object), the pack's files are the uploads in force during the period
 * instead, so a version replaced before any scan read it is there too.
 */
final class RolesYamlEvidence {

    /** An instant in an evidence file's name, 20261130T080005Z: no colon, which some unzip tools refuse. */
    static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RolesYamlEvidence() {
    }

    /** A roles.yaml a scan read, with the scans that read it, parsed. */
    record Scanned(String sha256, LocalDate firstScan, LocalDate lastScan, String text, RoleCatalogue catalogue) {

        RolesYamlVersion asFile() {
            return new RolesYamlVersion("roles-yaml/roles-" + firstScan + "-" + sha256.substring(0, 12) + ".yaml",
                    sha256, "roles.yaml in force from " + firstScan + " to " + lastScan,
                    "The role definitions (duties, authorities, holders, RACI, exceptions, calendar) as the scans "
                            + "of those days read them; SHA-256 " + sha256 + ".", text);
        }
    }

    /** Every roles.yaml a scan of the period was checked against, and the one in force when it began. */
    static List<Scanned> scanned(Storage storage, LocalDate from, LocalDate to) {
        List<ScanRun> runs = new ArrayList<>();
        storage.runs().latestOnOrBefore(from.minusDays(1)).ifPresent(runs::add);
        runs.addAll(storage.runs().between(from, to));
        Map<String, List<ScanRun>> bySha = new LinkedHashMap<>();
        runs.forEach(run -> bySha.computeIfAbsent(run.catalogueSha256(), sha -> new ArrayList<>()).add(run));
        List<Scanned> versions = new ArrayList<>();
        bySha.forEach((sha, scans) -> storage.runs().catalogue(sha).ifPresent(source -> versions.add(new Scanned(sha,
                scans.get(0).asOf(), scans.get(scans.size() - 1).asOf(), source.text(), source.parse()))));
        return versions;
    }

    /**
     * The uploads in force at some time from the start of {@code from} to the end of {@code to} (UTC):
     * each is in force from its upload until the next one.
     */
    static List<RolesYamlVersion> uploaded(RolesYamlHistory history, List<Scanned> scanned, LocalDate from,
                                           LocalDate to) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Upload> uploads = history.uploads();
        List<RolesYamlVersion> files = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            Instant replaced = i + 1 < uploads.size() ? uploads.get(i + 1).uploadedAt() : null;
            if (!upload.uploadedAt().isBefore(end) || (replaced != null && !replaced.isAfter(start))) {
                continue;
            }
            String text = history.text(upload);
            String sha = ContentHash.sha256Hex(text);
            String readBy = scanned.stream().filter(s -> s.sha256().equals(sha)).findFirst()
                    .map(s -> "The scans from " + s.firstScan() + " to " + s.lastScan() + " read this text.")
                    .orElse("No scan of the period read this text (replaced before the next scan, or refused as "
                            + "invalid).");
            files.add(new RolesYamlVersion("roles-yaml/roles-uploaded-" + FILE_TIME.format(upload.uploadedAt())
                    + "-" + sha.substring(0, 12) + ".yaml", sha, "roles.yaml uploaded " + upload.uploadedAt()
                    + (replaced == null ? ", still in force" : ", in force until " + replaced),
                    "Version " + upload.versionId() + " of " + history.location() + ". " + readBy + " SHA-256 " + sha
                            + ".", text));
        }
        return files;
    }
}
