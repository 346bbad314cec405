package io.rolecall.connector.google;

import io.rolecall.connector.support.DirectoryContext;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.port.DirectorySource;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Google Workspace as a directory provider: "google". */
public final class GoogleProvider implements DirectoryProvider {

    public static final String ADMIN_EMAIL = "GOOGLE_ADMIN_EMAIL";
    /** The service account's JSON key: its text (in the secret), or the path of the key file. */
    public static final String SERVICE_ACCOUNT_KEY = "GOOGLE_SERVICE_ACCOUNT_KEY";
    public static final String CUSTOMER = "GOOGLE_CUSTOMER";
    public static final String LEAVER_SUSPENSION_REASONS = "GOOGLE_LEAVER_SUSPENSION_REASONS";
    public static final String END_DATE_FIELD = "GOOGLE_END_DATE_FIELD";
    public static final String SERVICE_FIELD = "GOOGLE_SERVICE_FIELD";
    public static final String SERVICE_ORG_UNIT = "GOOGLE_SERVICE_ORG_UNIT";
    public static final String MAX_WAIT_MINUTES = "GOOGLE_MAX_WAIT_MINUTES";
    public static final String ROOT_URL = "ROLECALL_GOOGLE_ROOT_URL";

    @Override
    public String name() {
        return "google";
    }

    @Override
    public String title() {
        return "Google Workspace (Admin SDK Directory API)";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                DirectoryProvider.plain(ADMIN_EMAIL, "The Workspace admin the service account impersonates."),
                DirectoryProvider.secret(SERVICE_ACCOUNT_KEY, "googleServiceAccountKey", "The service account's "
                        + "JSON key (domain-wide delegation, read-only scopes)."),
                DirectoryProvider.plain(CUSTOMER, "The Workspace customer id; default my_customer."),
                DirectoryProvider.plain(LEAVER_SUSPENSION_REASONS, "Suspension reasons meaning the person left, "
                        + "comma-separated; default ADMIN."),
                DirectoryProvider.plain(END_DATE_FIELD, "Custom schema field with a leaving date, Schema.field."),
                DirectoryProvider.plain(SERVICE_FIELD, "Custom schema field marking service accounts."),
                DirectoryProvider.plain(SERVICE_ORG_UNIT, "Org unit whose users are service accounts."),
                DirectoryProvider.plain(MAX_WAIT_MINUTES, "The most the whole read may wait; default 10."),
                DirectoryProvider.plain(ROOT_URL, "The Directory API's address (a test stub)."));
    }

    @Override
    public DirectorySource create(ProviderSettings settings, DirectoryContext context) {
        String key = settings.textOrFile(SERVICE_ACCOUNT_KEY, "{").orElseThrow(() -> new IllegalArgumentException(
                SERVICE_ACCOUNT_KEY + " is not set: give the service account's JSON key, or its file's path"));
        Set<String> reasons = settings.optional(LEAVER_SUSPENSION_REASONS)
                .map(text -> Arrays.stream(text.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(GoogleSettings.DEFAULT_LEAVER_SUSPENSION_REASONS);
        int maxWait = settings.integer(MAX_WAIT_MINUTES, 0).orElse(10);
        GoogleSettings google = GoogleSettings.of(settings.required(ADMIN_EMAIL, "name the Workspace admin the "
                        + "service account impersonates"), key, context.referencedGroups())
                .withCustomer(settings.optional(CUSTOMER).orElse(GoogleSettings.MY_CUSTOMER))
                .withProfileMapping(reasons, settings.optional(END_DATE_FIELD).orElse(null),
                        settings.optional(SERVICE_FIELD).orElse(null), settings.optional(SERVICE_ORG_UNIT).orElse(null))
                .withLimits(Duration.ofMinutes(maxWait), GoogleSettings.DEFAULT_MAX_ATTEMPTS,
                        GoogleSettings.DEFAULT_FIRST_RETRY_DELAY);
        var root = settings.optional(ROOT_URL);
        return GoogleDirectorySource.create(root.isEmpty() ? google : google.withRootUrl(URI.create(root.get())),
                context.progress());
    }
}
