package io.rolecall.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everyone an HR system holds, read in one go (a partial read never reaches the rules), by work email.
 *
 * @param source where it was read, for the scan summary; never contains credentials
 */
public record HrSnapshot(List<HrRecord> records, String source) {

    public HrSnapshot {
        records = List.copyOf(records);
        Objects.requireNonNull(source, "source");
        Map<Email, HrRecord> seen = new LinkedHashMap<>();
        for (HrRecord record : records) {
            if (seen.putIfAbsent(record.email(), record) != null) {
                throw new IllegalArgumentException("the HR source " + source + " lists " + record.email()
                        + " twice; each work email may have one record");
            }
        }
    }

    public Optional<HrRecord> find(Email email) {
        return records.stream().filter(record -> record.email().equals(email)).findFirst();
    }

    /** Records by email, for the join and the rules. */
    public Map<Email, HrRecord> byEmail() {
        Map<Email, HrRecord> index = new LinkedHashMap<>();
        records.forEach(record -> index.put(record.email(), record));
        return index;
    }

    /**
     * A digest of every field the rules read, in email order: a scan whose HR data changed is never taken for
     * a repeat of the latest one.
     */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            records.stream().sorted(Comparator.comparing(record -> record.email().value())).forEach(record ->
                    sha.update((record.email().value() + "|" + record.employmentStatus() + "|" + record.startDate()
                            + "|" + record.endDate() + "|" + record.title() + "|" + record.department() + "|"
                            + record.manager() + "|" + record.absences() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
