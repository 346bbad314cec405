package io.rolecall.connector.okta;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What the Okta connector needs to read a directory.
 *
 * @param referencedGroups Okta group names roles.yaml uses (group:NAME); only their members are read
 * @param endDateAttribute custom profile attribute holding a leaving date, or null
 * @param serviceAccountRule "attribute" (true when truthy) or "attribute=value" marking service accounts, or null
 * @param serviceAccountGroup an Okta group whose members are service accounts, or null
 * @param rateLimitShare the share of each rate-limit bucket RoleCall may use before it waits for the reset
 * @param maxTotalWait the longest the whole read may spend waiting on rate limits and retries
 * @param maxAttempts attempts per request before the read fails
 * @param firstRetryDelay the first backoff delay for 5xx and network errors (then doubling, with jitter)
 */
public record OktaSettings(URI orgUrl, OktaCredentials credentials, Set<String> referencedGroups,
                           String endDateAttribute, String serviceAccountRule, String serviceAccountGroup,
                           double rateLimitShare, Duration maxTotalWait, int maxAttempts, Duration firstRetryDelay) {

    public static final int PAGE_SIZE = 200;
    public static final double DEFAULT_RATE_LIMIT_SHARE = 0.5;
    public static final Duration DEFAULT_MAX_TOTAL_WAIT = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_ATTEMPTS = 6;
    public static final Duration DEFAULT_FIRST_RETRY_DELAY = Duration.ofSeconds(1);

    public OktaSettings {
        Objects.requireNonNull(orgUrl, "orgUrl");
        Objects.requireNonNull(credentials, "credentials");
        referencedGroups = Set.copyOf(referencedGroups);
        if (!(rateLimitShare > 0 && rateLimitShare <= 1)) {
            throw new IllegalArgumentException("the rate-limit share must be above 0 and at most 1, for example 0.5");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt per request is needed");
        }
    }

    /** The defaults: half of each rate-limit bucket, ten minutes of waiting at most, six attempts. */
    public static OktaSettings of(URI orgUrl, OktaCredentials credentials, Set<String> referencedGroups) {
        return new OktaSettings(orgUrl, credentials, referencedGroups, null, null, null, DEFAULT_RATE_LIMIT_SHARE,
                DEFAULT_MAX_TOTAL_WAIT, DEFAULT_MAX_ATTEMPTS, DEFAULT_FIRST_RETRY_DELAY);
    }

    public OktaSettings withProfileMapping(String endDate, String serviceRule, String serviceGroup) {
        return new OktaSettings(orgUrl, credentials, referencedGroups, endDate, serviceRule, serviceGroup,
                rateLimitShare, maxTotalWait, maxAttempts, firstRetryDelay);
    }

    public OktaSettings withLimits(double share, Duration totalWait, int attempts, Duration firstDelay) {
        return new OktaSettings(orgUrl, credentials, referencedGroups, endDateAttribute, serviceAccountRule,
                serviceAccountGroup, share, totalWait, attempts, firstDelay);
    }
}
