package io.rolecall.cli;

import io.rolecall.connector.file.ExportFileDirectorySource;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.port.DirectorySource;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    DirectorySource source(RoleCatalogue catalogue, OktaOptions okta, GoogleOptions google, Map<String, String> env,
                           PrintWriter err) {
        if (oktaOrg != null) {
            return okta.source(oktaOrg, catalogue, env, err);
        }
        if (googleAdmin != null) {
            return google.source(googleAdmin, catalogue, env, err);
        }
        return ExportFileDirectorySource.of(exportFile);
    }
}
