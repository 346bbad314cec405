package io.rolecall.connector.okta;

/** What one directory read cost: requests sent (retries included), pages, retries and rate-limit waits. */
public record ReadStatistics(int users, int requests, int pages, int retries, int rateLimitWaits, long waitedMillis,
                             int skippedWithoutEmail, int duplicateEmails) {
}
