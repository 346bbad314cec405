package io.rolecall.cli;

import io.rolecall.connector.entra.EntraProvider;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How to read a Microsoft Entra ID tenant; only used with --entra. Credentials come from env. */
final class EntraOptions {

    @Option(names = "--entra-disabled-means-left",
            description = "Take a disabled account as a leaver (LEFT) rather than SUSPENDED, for tenants that disable "
                    + "leavers and never delete them.")
    boolean disabledMeansLeft;

    @Option(names = "--entra-service-employee-type", paramLabel = "TYPE", defaultValue = "Service",
            description = "The employeeType that marks service accounts (any case). Default: ${DEFAULT-VALUE}")
    String serviceEmployeeType = "Service";

    @Option(names = "--entra-max-wait-minutes", paramLabel = "MINUTES", defaultValue = "10",
            description = "The most the whole read may wait on throttling and retries. Default: ${DEFAULT-VALUE}")
    int maxWaitMinutes = 10;

    /**
     * The provider's settings: the tenant and these options, and from the environment ENTRA_CLIENT_ID
     * with ENTRA_CLIENT_CERTIFICATE (a PEM file) or ENTRA_CLIENT_SECRET, and the endpoint overrides.
     */
    Map<String, String> settings(String tenant, Map<String, String> env) {
        if (maxWaitMinutes < 0) {
            throw new InvalidInputException("--entra-max-wait-minutes cannot be negative");
        }
        Map<String, String> settings = new HashMap<>();
        for (String key : new String[] {EntraProvider.CLIENT_ID, EntraProvider.CLIENT_CERTIFICATE,
                EntraProvider.CLIENT_SECRET, EntraProvider.GRAPH_ROOT_URL, EntraProvider.AUTHORITY_URL}) {
            settings.put(key, env.get(key));
        }
        if (isBlank(env.get(EntraProvider.CLIENT_ID))) {
            throw new InvalidInputException("--entra needs " + EntraProvider.CLIENT_ID + ", the app registration's "
                    + "application (client) id, and " + EntraProvider.CLIENT_CERTIFICATE + " (a PEM file with its "
                    + "private key and certificate; preferred) or " + EntraProvider.CLIENT_SECRET
                    + "; see the README, section Microsoft Entra ID");
        }
        if (isBlank(env.get(EntraProvider.CLIENT_CERTIFICATE)) && isBlank(env.get(EntraProvider.CLIENT_SECRET))) {
            throw new InvalidInputException("no Entra ID credentials: set " + EntraProvider.CLIENT_CERTIFICATE
                    + " to a PEM file with the app's private key and certificate (preferred), or "
                    + EntraProvider.CLIENT_SECRET + "; see the README, section Microsoft Entra ID");
        }
        settings.put(EntraProvider.TENANT_ID, tenant);
        settings.put(EntraProvider.DISABLED_MEANS_LEFT, Boolean.toString(disabledMeansLeft));
        settings.put(EntraProvider.SERVICE_EMPLOYEE_TYPE, serviceEmployeeType);
        settings.put(EntraProvider.MAX_WAIT_MINUTES, Integer.toString(maxWaitMinutes));
        return settings;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
