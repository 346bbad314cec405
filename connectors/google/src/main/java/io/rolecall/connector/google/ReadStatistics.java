package io.rolecall.connector.google;

/** What one directory read cost: requests sent (retries included), pages, and retries with their waits. */
public record ReadStatistics(int users, int requests, int pages, int retries, long waitedMillis,
                             int skippedWithoutEmail) {
}
