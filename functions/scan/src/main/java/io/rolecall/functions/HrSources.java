package io.rolecall.functions;

import io.rolecall.connector.file.ExportLimits;
import io.rolecall.connector.file.HrFileProvider;
import io.rolecall.connector.support.HrProvider;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.infra.s3.S3ConfigBucket;
import io.rolecall.infra.secrets.SecretsManagerSecret;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the configured HR source for one scan, if any: an HR export kept in the configuration bucket
 * (provider file), or an HR system whose secret settings come from the credentials secret's fields.
 */
final class HrSources {

    private final ScanSettings settings;
    private final Supplier<SecretsManagerSecret> secret;
    private final S3ConfigBucket config;

    HrSources(ScanSettings settings, Supplier<SecretsManagerSecret> secret, S3ConfigBucket config) {
        this.settings = settings;
        this.secret = secret;
        this.config = config;
    }

    /** The HR records for the days the coverage rule looks ahead, or null when no HR source is configured. */
    HrSnapshot read(RoleCatalogue catalogue, LocalDate asOf) {
        HrProvider provider = settings.hrProvider().orElse(null);
        if (provider == null) {
            return null;
        }
        LocalDate to = asOf.plusDays(catalogue.policy().coverageDays());
        if (provider instanceof HrFileProvider) {
            return fromBucket(provider, settings.common().value(Variable.HR_EXPORT_KEY), asOf, to);
        }
        return ProviderSecrets.create(provider, settings.directorySettings(), secret, "docs/sources.md, HR sources",
                provider::create).read(asOf, to);
    }

    private HrSnapshot fromBucket(HrProvider provider, String key, LocalDate from, LocalDate to) {
        return BucketDownload.read(config, key, ExportLimits.MAX_BYTES, "upload the HR export, or set the stack's "
                + "HrExportKey to its key", file -> provider.create(ProviderSettings.of(Map.of(HrFileProvider.FILE,
                file.toString()))).read(from, to));
    }
}
