package io.rolecall.functions;

import io.rolecall.connector.file.ExportFileDirectorySource;
import io.rolecall.connector.file.ExportLimits;
import io.rolecall.connector.google.GoogleDirectorySource;
import io.rolecall.connector.google.GoogleSettings;
import io.rolecall.connector.okta.OktaCredentials;
import io.rolecall.connector.okta.OktaDirectorySource;
import io.rolecall.connector.okta.OktaSettings;
import io.rolecall.connector.support.Progress;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.port.DirectorySource;
import io.rolecall.infra.s3.S3ConfigBucket;
import io.rolecall.infra.secrets.SecretsManagerSecret;
import java.io.IOException;
import java.net.URI;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the configured directory source for one scan: it needs the scan's roles.yaml (for the
 * groups to read) and, for Okta and Google, the credentials from the secret.
 */
final class DirectorySources {

    private static final Logger LOG = LoggerFactory.getLogger(DirectorySources.class);
    static final String OKTA_API_TOKEN = "oktaApiToken";
    static final String OKTA_CLIENT_ID = "oktaClientId";
    static final String OKTA_PRIVATE_KEY = "oktaPrivateKey";
    static final String OKTA_KEY_ID = "oktaKeyId";
    static final String GOOGLE_KEY = "googleServiceAccountKey";
    static final String GOOGLE_ROOT_URL = "ROLECALL_GOOGLE_ROOT_URL";

    private final ScanSettings settings;
    private final Supplier<SecretsManagerSecret> secret;
    private final S3ConfigBucket config;
    private final Clock clock;

    DirectorySources(ScanSettings settings, Supplier<SecretsManagerSecret> secret, S3ConfigBucket config,
                     Clock clock) {
        this.settings = settings;
        this.secret = secret;
        this.config = config;
        this.clock = clock;
    }

    DirectorySource create(RoleCatalogue catalogue) {
        Progress progress = new Progress(line -> LOG.info(line), clock, Duration.ofSeconds(10));
        return switch (settings.provider()) {
            case OKTA -> OktaDirectorySource.create(oktaSettings(catalogue), progress);
            case GOOGLE -> GoogleDirectorySource.create(googleSettings(catalogue), progress);
            case EXPORT -> new ExportFromBucket(config, settings.common().value(Variable.DIRECTORY_EXPORT_KEY));
        };
    }

    private OktaSettings oktaSettings(RoleCatalogue catalogue) {
        Map<String, String> values = secret.get().values();
        OktaCredentials credentials;
        if (values.get(OKTA_CLIENT_ID) != null && values.get(OKTA_PRIVATE_KEY) != null) {
            credentials = OktaCredentials.privateKeyJwt(values.get(OKTA_CLIENT_ID), values.get(OKTA_PRIVATE_KEY),
                    values.get(OKTA_KEY_ID));
        } else if (values.get(OKTA_API_TOKEN) != null) {
            credentials = OktaCredentials.apiToken(values.get(OKTA_API_TOKEN));
        } else {
            throw new IllegalStateException("the credentials secret has neither " + OKTA_CLIENT_ID + " + "
                    + OKTA_PRIVATE_KEY + " nor " + OKTA_API_TOKEN + "; see the README, section Deploy on AWS");
        }
        return OktaSettings.of(settings.oktaOrgUrl(), credentials, catalogue.referencedGroups())
                .withProfileMapping(settings.common().optional(Variable.OKTA_END_DATE_ATTRIBUTE).orElse(null),
                        settings.common().optional(Variable.OKTA_SERVICE_ATTRIBUTE).orElse(null),
                        settings.common().optional(Variable.OKTA_SERVICE_GROUP).orElse(null))
                .withLimits(settings.common().optional(Variable.OKTA_RATE_LIMIT_SHARE).map(Double::parseDouble)
                                .orElse(OktaSettings.DEFAULT_RATE_LIMIT_SHARE),
                        OktaSettings.DEFAULT_MAX_TOTAL_WAIT, OktaSettings.DEFAULT_MAX_ATTEMPTS,
                        OktaSettings.DEFAULT_FIRST_RETRY_DELAY);
    }

    private GoogleSettings googleSettings(RoleCatalogue catalogue) {
        String key = secret.get().values().get(GOOGLE_KEY);
        if (key == null) {
            throw new IllegalStateException("the credentials secret has no " + GOOGLE_KEY
                    + "; see the README, section Deploy on AWS");
        }
        FunctionSettings common = settings.common();
        Set<String> reasons = common.optional(Variable.GOOGLE_LEAVER_SUSPENSION_REASONS)
                .map(text -> Arrays.stream(text.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(GoogleSettings.DEFAULT_LEAVER_SUSPENSION_REASONS);
        GoogleSettings google = GoogleSettings.of(common.value(Variable.GOOGLE_ADMIN_EMAIL), key,
                        catalogue.referencedGroups())
                .withCustomer(common.optional(Variable.GOOGLE_CUSTOMER).orElse(GoogleSettings.MY_CUSTOMER))
                .withProfileMapping(reasons, common.optional(Variable.GOOGLE_END_DATE_FIELD).orElse(null),
                        common.optional(Variable.GOOGLE_SERVICE_FIELD).orElse(null),
                        common.optional(Variable.GOOGLE_SERVICE_ORG_UNIT).orElse(null));
        // Only tests set it, to point the client at a local stub; the CLI honours the same variable.
        String root = common.environment().get(GOOGLE_ROOT_URL);
        return root == null || root.isBlank() ? google : google.withRootUrl(URI.create(root));
    }

    /** A directory export kept in the configuration bucket, read through the export-file connector. */
    private static final class ExportFromBucket implements DirectorySource {
        private final S3ConfigBucket config;
        private final String key;

        ExportFromBucket(S3ConfigBucket config, String key) {
            this.config = config;
            this.key = key;
        }

        @Override
        public io.rolecall.core.model.DirectorySnapshot read() {
            try {
                Path dir = Files.createTempDirectory("rolecall-export");
                try {
                    return ExportFileDirectorySource.of(config.downloadExport(key, dir, ExportLimits.MAX_BYTES)).read();
                } finally {
                    try (var files = Files.list(dir)) {
                        for (Path file : files.toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                    Files.deleteIfExists(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String describe() {
            return "s3-export:" + key;
        }
    }
}
