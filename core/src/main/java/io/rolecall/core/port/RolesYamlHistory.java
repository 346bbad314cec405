package io.rolecall.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every version of roles.yaml ever uploaded where a deployment reads it (the versioned S3 object of a
 * stack), including versions replaced before any scan read them: the evidence pack shows the auditor
 * each version in force during the period, not only those the scans saw.
 */
public interface RolesYamlHistory {

    /** Where the versions live, for example s3://bucket/roles.yaml. */
    String location();

    /**
     * Every upload, oldest first; deletions are not uploads.
     *
     * @throws RolesYamlHistoryException when the versions cannot be listed (not versioned, not allowed)
     */
    List<Upload> uploads();

    /** The text of one upload. */
    String text(Upload upload);

    record Upload(String versionId, Instant uploadedAt) {
        public Upload {
            Objects.requireNonNull(versionId, "versionId");
            Objects.requireNonNull(uploadedAt, "uploadedAt");
        }
    }

    /** The versions cannot be listed or read; the message says why. */
    final class RolesYamlHistoryException extends RuntimeException {
        public RolesYamlHistoryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
