package io.rolecall.connector.entra;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one Entra ID read needs: the tenant, the app registration's credentials, the groups roles.yaml
 * names, the as-of day that leaving dates are read against (never the wall clock), how to map
 * disabled accounts and service accounts, and the read's limits.
 *
 * @param serviceEmployeeType the employeeType that marks a service account (compared ignoring case)
 */
public record EntraSettings(String tenant, String clientId, EntraCredentials credentials, Set<String> referencedGroups,
                            LocalDate asOf, boolean disabledMeansLeft, String serviceEmployeeType, URI graphRoot,
                            URI authorityRoot, Duration maxTotalWait, int maxAttempts, Duration firstRetryDelay) {

    public static final URI DEFAULT_GRAPH_ROOT = URI.create("https://graph.microsoft.com");
    public static final URI DEFAULT_AUTHORITY_ROOT = URI.create("https://login.microsoftonline.com");
    public static final String DEFAULT_SERVICE_EMPLOYEE_TYPE = "Service";
    /** Graph's largest page; a listing that expands the manager gets 100 per page whatever is asked. */
    public static final int PAGE_SIZE = 999;
    public static final Duration DEFAULT_MAX_TOTAL_WAIT = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_ATTEMPTS = 6;
    public static final Duration DEFAULT_FIRST_RETRY_DELAY = Duration.ofSeconds(1);

    /** A tenant id (GUID) or a verified domain such as contoso.onmicrosoft.com. */
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?");

    public EntraSettings {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(asOf, "asOf");
        if (tenant == null || !TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("the tenant must be the directory (tenant) id, a GUID such as "
                    + "0c9e7d4a-...-..., or a verified domain such as contoso.onmicrosoft.com");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("the application (client) id is empty");
        }
        referencedGroups = Set.copyOf(referencedGroups);
        serviceEmployeeType = serviceEmployeeType == null || serviceEmployeeType.isBlank() ? null
                : serviceEmployeeType.trim();
        graphRoot = root(graphRoot == null ? DEFAULT_GRAPH_ROOT : graphRoot, "Graph");
        authorityRoot = root(authorityRoot == null ? DEFAULT_AUTHORITY_ROOT : authorityRoot, "authority");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static EntraSettings of(String tenant, String clientId, EntraCredentials credentials,
                                   Set<String> referencedGroups, LocalDate asOf) {
        return new EntraSettings(tenant, clientId, credentials, referencedGroups, asOf, false,
                DEFAULT_SERVICE_EMPLOYEE_TYPE, DEFAULT_GRAPH_ROOT, DEFAULT_AUTHORITY_ROOT, DEFAULT_MAX_TOTAL_WAIT,
                DEFAULT_MAX_ATTEMPTS, DEFAULT_FIRST_RETRY_DELAY);
    }

    public EntraSettings withMapping(boolean disabledMeansLeft, String serviceEmployeeType) {
        return new EntraSettings(tenant, clientId, credentials, referencedGroups, asOf, disabledMeansLeft,
                serviceEmployeeType, graphRoot, authorityRoot, maxTotalWait, maxAttempts, firstRetryDelay);
    }

    /** Other endpoints: a national cloud, or a local stub in tests. */
    public EntraSettings withEndpoints(URI graphRoot, URI authorityRoot) {
        return new EntraSettings(tenant, clientId, credentials, referencedGroups, asOf, disabledMeansLeft,
                serviceEmployeeType, graphRoot, authorityRoot, maxTotalWait, maxAttempts, firstRetryDelay);
    }

    public EntraSettings withLimits(Duration maxTotalWait, int maxAttempts, Duration firstRetryDelay) {
        return new EntraSettings(tenant, clientId, credentials, referencedGroups, asOf, disabledMeansLeft,
                serviceEmployeeType, graphRoot, authorityRoot, maxTotalWait, maxAttempts, firstRetryDelay);
    }

    /** Scheme and host (and port) only, without a trailing slash. */
    private static URI root(URI uri, String what) {
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("the " + what + " address must be an https URL, not " + uri);
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
