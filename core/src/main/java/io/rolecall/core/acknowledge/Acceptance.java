package io.rolecall.core.acknowledge;

import io.rolecall.core.model.Email;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A holder's signed acceptance of one version of a role's duties: the evidence an auditor samples,
 * kept for good.
 *
 * @param catalogueSha256 the roles.yaml the duties came from
 * @param catalogueName   where that roles.yaml was read (a file name, or s3://...?versionId=...)
 * @param acceptedAt      when the holder accepted, by the real clock (never a scan's as-of day)
 * @param answers         the option the holder chose for each question, in order
 * @param failedAttempts  how many submissions with a wrong answer came before this one
 * @param userAgent       the browser the holder accepted with, as it named itself
 */
public record Acceptance(Email person, String roleId, String version, String catalogueSha256, String catalogueName,
                         Instant acceptedAt, List<String> answers, int failedAttempts, String userAgent) {

    public Acceptance {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        answers = List.copyOf(answers);
    }
}
