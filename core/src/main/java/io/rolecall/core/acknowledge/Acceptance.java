package io.rolecall.core.acknowledge;

import io.rolecall.core.model.Email;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A holder's signed acceptance of one version of a role's duties: the evidence an auditor samples,
 * kept for good.
 *
 * @param sequence        which acceptance of this version by this person for this role it is, from 1: a
 *                        holder asked again after {@code everyMonths} accepts the same version again, and
 *                        two posts of one form carry the same number, so the store keeps one of them
 * @param catalogueSha256 the roles.yaml the duties came from
 * @param catalogueName   where that roles.yaml was read (a file name, or s3://...?versionId=...)
 * @param acceptedAt      when the holder accepted, by the real clock (never a scan's as-of day)
 * @param answers         the option the holder chose for each question, in order
 * @param failedAttempts  how many submissions with a wrong answer came before this one
 * @param userAgent       the browser the holder accepted with, as it named itself
 */
public record Acceptance(Email person, String roleId, String version, int sequence, String catalogueSha256,
                         String catalogueName,
                         Instant acceptedAt, List<String> answers, int failedAttempts, String userAgent) {

    public Acceptance {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("an acceptance's sequence counts from 1, not " + sequence);
        }
        answers = List.copyOf(answers);
    }
}
