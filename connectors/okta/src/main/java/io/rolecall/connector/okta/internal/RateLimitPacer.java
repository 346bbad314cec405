package io.rolecall.connector.okta.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps RoleCall to a share of each Okta rate-limit bucket, so that a sync never starves the org's
 * other integrations. Okta reports each bucket on every response: X-Rate-Limit-Limit (requests per
 * window), X-Rate-Limit-Remaining and X-Rate-Limit-Reset (epoch seconds when the window restarts).
 */
final class RateLimitPacer {

    private final double share;
    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    RateLimitPacer(double share, Clock clock) {
        this.share = share;
        this.clock = clock;
    }

    /** Records the rate-limit headers of a response to a request in {@code bucket}. */
    void record(String bucket, Map<String, List<String>> headers) {
        Long limit = header(headers, "X-Rate-Limit-Limit");
        Long remaining = header(headers, "X-Rate-Limit-Remaining");
        Long reset = header(headers, "X-Rate-Limit-Reset");
        if (limit != null && remaining != null && reset != null && limit > 0) {
            windows.put(bucket, new Window(limit, remaining, Instant.ofEpochSecond(reset)));
        }
    }

    /** How long to wait before the next request in {@code bucket}: zero while under the share. */
    Duration waitBefore(String bucket) {
        Window window = windows.get(bucket);
        if (window == null) {
            return Duration.ZERO;
        }
        long allowed = Math.max(1, (long) Math.floor(window.limit * share));
        long used = window.limit - window.remaining;
        Instant now = clock.instant();
        if (used < allowed || !window.reset.isAfter(now)) {
            return Duration.ZERO;
        }
        windows.remove(bucket);
        return Duration.between(now, window.reset).plusSeconds(1);
    }

    /** The wait a 429 asks for: until the bucket resets, plus a second for clock skew; null if unknown. */
    Duration untilReset(Map<String, List<String>> headers) {
        Long reset = header(headers, "X-Rate-Limit-Reset");
        if (reset == null) {
            return null;
        }
        Duration wait = Duration.between(clock.instant(), Instant.ofEpochSecond(reset)).plusSeconds(1);
        return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    private static Long header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                try {
                    return Long.parseLong(entry.getValue().get(0).trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private record Window(long limit, long remaining, Instant reset) {
    }
}
