package io.rolecall.connector.support;

/**
 * What one directory read cost, the same for every API connector: people kept, requests sent
 * (retries included), pages, retries, rate-limit waits and the time waited, and the accounts left
 * out for want of an email or merged as duplicates.
 */
public record ReadStatistics(int users, int requests, int pages, int retries, int rateLimitWaits, long waitedMillis,
                             int skippedWithoutEmail, int skippedGuests, int duplicateEmails) {

    /** What a read cost: {@code users} people kept of those {@code people} saw, in {@code pages} pages. */
    public static ReadStatistics of(int users, int pages, PatientRequests requests, PeopleByEmail people) {
        return new ReadStatistics(users, requests.requests(), pages, requests.retries(), requests.rateLimitWaits(),
                requests.waitedMillis(), people.withoutEmailCount(), people.guestCount(), people.duplicateCount());
    }

    /** "read 1,234 users in 15 requests (13 pages); 0 retries, 0 rate-limit waits (0.0 s waited)" and what was left out. */
    public String summary(String service) {
        return String.format(java.util.Locale.ROOT, "%s: read %,d users in %,d requests (%,d pages); %d retries, "
                        + "%d rate-limit waits (%.1f s waited)%s%s%s", service, users, requests, pages, retries,
                rateLimitWaits, waitedMillis / 1000.0,
                skippedWithoutEmail == 0 ? "" : "; " + skippedWithoutEmail + " users without a usable email were left out",
                skippedGuests == 0 ? "" : "; " + skippedGuests + (skippedGuests == 1 ? " guest" : " guests")
                        + " left out",
                duplicateEmails == 0 ? "" : "; " + duplicateEmails + " duplicate emails resolved in favour of the active "
                        + "account");
    }
}
