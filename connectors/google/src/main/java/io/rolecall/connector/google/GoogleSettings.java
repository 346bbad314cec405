package io.rolecall.connector.google;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the Google Workspace connector needs to read a directory.
 *
 * @param adminEmail the Workspace admin the service account impersonates (domain-wide delegation)
 * @param serviceAccountKeyJson the service account's JSON key, as text
 * @param customer the customer id, or "my_customer" for the admin's own
 * @param referencedGroups group emails roles.yaml uses (group:EMAIL); only their members are read
 * @param rootUrl the Directory API root (null for Google's); tests point it at a local stub
 * @param leaverSuspensionReasons suspension reasons that mean the person left (upper case)
 * @param endDateField "Schema.field" of a custom schema holding a leaving date, or null
 * @param serviceAccountField "Schema.field" (truthy) or "Schema.field=value" marking service accounts, or null
 * @param serviceOrgUnit an org unit path whose users (and sub-units) are service accounts, or null
 */
public record GoogleSettings(String adminEmail, String serviceAccountKeyJson, String customer,
                             Set<String> referencedGroups, URI rootUrl, Set<String> leaverSuspensionReasons,
                             String endDateField, String serviceAccountField, String serviceOrgUnit,
                             Duration maxTotalWait, int maxAttempts, Duration firstRetryDelay) {

    public static final String MY_CUSTOMER = "my_customer";
    /** An admin suspending an account is how Workspace offboarding usually starts: suspend, then delete. */
    public static final Set<String> DEFAULT_LEAVER_SUSPENSION_REASONS = Set.of("ADMIN");
    public static final Duration DEFAULT_MAX_TOTAL_WAIT = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_ATTEMPTS = 6;
    public static final Duration DEFAULT_FIRST_RETRY_DELAY = Duration.ofSeconds(1);

    public GoogleSettings {
        Objects.requireNonNull(adminEmail, "adminEmail");
        Objects.requireNonNull(serviceAccountKeyJson, "serviceAccountKeyJson");
        customer = customer == null || customer.isBlank() ? MY_CUSTOMER : customer.trim();
        referencedGroups = Set.copyOf(referencedGroups);
        leaverSuspensionReasons = leaverSuspensionReasons.stream().map(r -> r.trim().toUpperCase(Locale.ROOT))
                .filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet());
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt per request is needed");
        }
    }

    public static GoogleSettings of(String adminEmail, String serviceAccountKeyJson, Set<String> referencedGroups) {
        return new GoogleSettings(adminEmail, serviceAccountKeyJson, MY_CUSTOMER, referencedGroups, null,
                DEFAULT_LEAVER_SUSPENSION_REASONS, null, null, null, DEFAULT_MAX_TOTAL_WAIT, DEFAULT_MAX_ATTEMPTS,
                DEFAULT_FIRST_RETRY_DELAY);
    }

    public GoogleSettings withCustomer(String value) {
        return new GoogleSettings(adminEmail, serviceAccountKeyJson, value, referencedGroups, rootUrl,
                leaverSuspensionReasons, endDateField, serviceAccountField, serviceOrgUnit, maxTotalWait, maxAttempts,
                firstRetryDelay);
    }

    public GoogleSettings withRootUrl(URI value) {
        return new GoogleSettings(adminEmail, serviceAccountKeyJson, customer, referencedGroups, value,
                leaverSuspensionReasons, endDateField, serviceAccountField, serviceOrgUnit, maxTotalWait, maxAttempts,
                firstRetryDelay);
    }

    public GoogleSettings withProfileMapping(Set<String> leaverReasons, String endDate, String serviceField,
                                             String serviceUnit) {
        return new GoogleSettings(adminEmail, serviceAccountKeyJson, customer, referencedGroups, rootUrl, leaverReasons,
                endDate, serviceField, serviceUnit, maxTotalWait, maxAttempts, firstRetryDelay);
    }

    public GoogleSettings withLimits(Duration totalWait, int attempts, Duration firstDelay) {
        return new GoogleSettings(adminEmail, serviceAccountKeyJson, customer, referencedGroups, rootUrl,
                leaverSuspensionReasons, endDateField, serviceAccountField, serviceOrgUnit, totalWait, attempts,
                firstDelay);
    }

    @Override
    public String toString() {
        return "GoogleSettings[admin=" + adminEmail + ", customer=" + customer + ", key=****]";
    }
}
