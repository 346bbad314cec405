package io.rolecall.connector.entra;

import io.rolecall.connector.support.DirectoryContext;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.port.DirectorySource;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Microsoft Entra ID as a directory provider: "entra". */
public final class EntraProvider implements DirectoryProvider {

    public static final String TENANT_ID = "ENTRA_TENANT_ID";
    public static final String CLIENT_ID = "ENTRA_CLIENT_ID";
    public static final String CLIENT_CERTIFICATE = "ENTRA_CLIENT_CERTIFICATE";
    public static final String CLIENT_SECRET = "ENTRA_CLIENT_SECRET";
    public static final String DISABLED_MEANS_LEFT = "ENTRA_DISABLED_MEANS_LEFT";
    public static final String SERVICE_EMPLOYEE_TYPE = "ENTRA_SERVICE_EMPLOYEE_TYPE";
    public static final String MAX_WAIT_MINUTES = "ENTRA_MAX_WAIT_MINUTES";
    public static final String GRAPH_ROOT_URL = "ROLECALL_GRAPH_ROOT_URL";
    public static final String AUTHORITY_URL = "ROLECALL_ENTRA_AUTHORITY_URL";

    @Override
    public String name() {
        return "entra";
    }

    @Override
    public String title() {
        return "Microsoft Entra ID (Microsoft Graph)";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                DirectoryProvider.plain(TENANT_ID, "The directory (tenant) id, or a verified domain."),
                DirectoryProvider.secret(CLIENT_ID, "entraClientId", "The app registration's application (client) id."),
                DirectoryProvider.secret(CLIENT_CERTIFICATE, "entraClientCertificate", "PEM with the app's private "
                        + "key (PKCS #8) and its certificate: a file path, or the PEM text itself (preferred)."),
                DirectoryProvider.secret(CLIENT_SECRET, "entraClientSecret", "The app's client secret (when there "
                        + "is no certificate)."),
                DirectoryProvider.plain(DISABLED_MEANS_LEFT, "true: a disabled account is a leaver (LEFT), not "
                        + "SUSPENDED. Default false."),
                DirectoryProvider.plain(SERVICE_EMPLOYEE_TYPE, "The employeeType of service accounts. Default "
                        + EntraSettings.DEFAULT_SERVICE_EMPLOYEE_TYPE + "."),
                DirectoryProvider.plain(MAX_WAIT_MINUTES, "The most the whole read may wait on throttling and "
                        + "retries. Default 10."),
                DirectoryProvider.plain(GRAPH_ROOT_URL, "Microsoft Graph's address; default "
                        + EntraSettings.DEFAULT_GRAPH_ROOT + " (a national cloud, or a test stub)."),
                DirectoryProvider.plain(AUTHORITY_URL, "The sign-in authority; default "
                        + EntraSettings.DEFAULT_AUTHORITY_ROOT + "."));
    }

    @Override
    public DirectorySource create(ProviderSettings settings, DirectoryContext context) {
        String tenant = settings.required(TENANT_ID, "give the directory (tenant) id of the Entra ID tenant");
        String clientId = settings.required(CLIENT_ID, "give the app registration's application (client) id");
        EntraCredentials credentials = credentials(settings);
        int maxWait = settings.integer(MAX_WAIT_MINUTES, 0).orElse(10);
        EntraSettings entra = EntraSettings.of(tenant, clientId, credentials, context.referencedGroups(),
                        context.asOf())
                .withMapping(settings.flag(DISABLED_MEANS_LEFT), settings.optional(SERVICE_EMPLOYEE_TYPE)
                        .orElse(EntraSettings.DEFAULT_SERVICE_EMPLOYEE_TYPE))
                .withEndpoints(settings.optional(GRAPH_ROOT_URL).map(URI::create).orElse(null),
                        settings.optional(AUTHORITY_URL).map(URI::create).orElse(null))
                .withLimits(Duration.ofMinutes(maxWait), EntraSettings.DEFAULT_MAX_ATTEMPTS,
                        EntraSettings.DEFAULT_FIRST_RETRY_DELAY);
        return EntraDirectorySource.create(entra, context.progress());
    }

    /** The certificate when there is one (nothing reusable crosses the wire), else the client secret. */
    private static EntraCredentials credentials(ProviderSettings settings) {
        var certificate = settings.textOrFile(CLIENT_CERTIFICATE, "-----BEGIN");
        if (certificate.isPresent()) {
            try {
                return EntraCredentials.certificate(certificate.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(CLIENT_CERTIFICATE + ": " + e.getMessage());
            }
        }
        return EntraCredentials.secret(settings.required(CLIENT_SECRET, "set " + CLIENT_CERTIFICATE
                + " (a PEM with the app's key and certificate; preferred) or " + CLIENT_SECRET));
    }
}
