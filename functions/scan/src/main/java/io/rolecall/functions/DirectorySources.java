package io.rolecall.functions;

import io.rolecall.connector.file.ExportLimits;
import io.rolecall.connector.file.ExportProvider;
import io.rolecall.connector.support.DirectoryContext;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.Progress;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.port.DirectorySource;
import io.rolecall.infra.s3.S3ConfigBucket;
import io.rolecall.infra.secrets.SecretsManagerSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the configured directory source for one scan through its provider: the provider's settings
 * come from the function's environment and, for its secret settings, from the credentials secret's
 * JSON fields; the scan gives the groups its roles.yaml names and its as-of day.
 */
final class DirectorySources {

    private static final Logger LOG = LoggerFactory.getLogger(DirectorySources.class);

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

    DirectorySource create(RoleCatalogue catalogue, LocalDate asOf) {
        Progress progress = new Progress(line -> LOG.info(line), clock, Duration.ofSeconds(10));
        DirectoryContext context = new DirectoryContext(catalogue.referencedGroups(), asOf, progress);
        DirectoryProvider provider = settings.provider();
        if (provider instanceof ExportProvider) {
            return new ExportFromBucket(config, settings.common().value(Variable.DIRECTORY_EXPORT_KEY), provider,
                    context);
        }
        return ProviderSecrets.create(provider, settings.directorySettings(), secret, "the README, section Deploy on AWS",
                values -> provider.create(values, context));
    }

    /** A directory export kept in the configuration bucket, downloaded and read by the export provider. */
    private static final class ExportFromBucket implements DirectorySource {
        private final S3ConfigBucket config;
        private final String key;
        private final DirectoryProvider provider;
        private final DirectoryContext context;

        ExportFromBucket(S3ConfigBucket config, String key, DirectoryProvider provider, DirectoryContext context) {
            this.config = config;
            this.key = key;
            this.provider = provider;
            this.context = context;
        }

        @Override
        public DirectorySnapshot read() {
            return BucketDownload.read(config, key, ExportLimits.MAX_BYTES, "upload the export, or set the stack's "
                    + "DirectoryExportKey to its key", file -> provider.create(ProviderSettings.of(Map.of(
                    ExportProvider.FILE, file.toString())), context).read());
        }

        @Override
        public String describe() {
            return "s3-export:" + key;
        }
    }
}
