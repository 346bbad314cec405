package io.rolecall.cli;

import io.rolecall.connector.file.ExportProvider;
import io.rolecall.connector.support.DirectoryContext;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.DirectoryProviders;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.port.DirectorySource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where a scan reads the people directory from: exactly one source. */
final class DirectoryOptions {

    @Option(names = "--directory", paramLabel = "FILE",
            description = "A directory export: .json ({\"people\":[...]}) or .csv with the header "
                    + "id,email,name,status,type,title,department,manager,groups,endDate.")
    Path exportFile;

    @Option(names = "--okta", paramLabel = "URL",
            description = "An Okta org, for example https://acme.okta.com. Credentials from OKTA_CLIENT_ID + "
                    + "OKTA_PRIVATE_KEY (PEM file; recommended) or OKTA_API_TOKEN.")
    String oktaOrg;

    @Option(names = "--google-admin", paramLabel = "ADMIN_EMAIL",
            description = "Google Workspace, read as this admin through a service account with domain-wide "
                    + "delegation (see --google-credentials).")
    String googleAdmin;

    @Option(names = "--entra", paramLabel = "TENANT_ID",
            description = "A Microsoft Entra ID tenant (its directory id, or a verified domain). Credentials from "
                    + "ENTRA_CLIENT_ID with ENTRA_CLIENT_CERTIFICATE (PEM file; recommended) or ENTRA_CLIENT_SECRET.")
    String entraTenant;

    @Option(names = "--provider", paramLabel = "NAME",
            description = "Any directory provider on the classpath by name (okta, google, entra, export, or one "
                    + "added as a plug-in), its settings from --provider-setting KEY=VALUE and the environment, "
                    + "by the keys the README lists for it.")
    String providerName;

    /**
     * The chosen source, built by its provider from the options and the environment: every source
     * is built through the one seam the scan function uses too.
     */
    DirectorySource source(DirectoryContext context, OktaOptions okta, GoogleOptions google, EntraOptions entra,
                           List<String> providerSettings, Map<String, String> env) {
        String provider;
        Map<String, String> settings;
        if (providerName != null) {
            DirectoryProvider chosen;
            try {
                chosen = DirectoryProviders.named(providerName);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--provider " + e.getMessage());
            }
            return ProviderOptions.create(chosen, providerSettings, "--provider-setting", env,
                    values -> chosen.create(values, context));
        }
        if (oktaOrg != null) {
            provider = "okta";
            settings = okta.settings(oktaOrg, env);
        } else if (googleAdmin != null) {
            provider = "google";
            settings = google.settings(googleAdmin, env);
        } else if (entraTenant != null) {
            provider = "entra";
            settings = entra.settings(entraTenant, env);
        } else {
            provider = "export";
            settings = Map.of(ExportProvider.FILE, exportFile.toString());
        }
        try {
            return DirectoryProviders.named(provider).create(ProviderSettings.of(settings), context);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
