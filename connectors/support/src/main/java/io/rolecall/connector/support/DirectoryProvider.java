package io.rolecall.connector.support;

import io.rolecall.core.port.DirectorySource;
import java.util.List;
import java.util.Objects;

/**
 * A people directory RoleCall can read, registered by its module with {@link java.util.ServiceLoader}
 * (a line in META-INF/services/io.rolecall.connector.support.DirectoryProvider). The CLI and the
 * scan function find a provider by name, hand it a flat map of settings (locally: the command's
 * options and the environment; on AWS: the function's environment and the credentials secret's JSON
 * fields), and let it build the source. Adding a directory is a new module with one of these.
 */
public interface DirectoryProvider extends SettingsOwner {

    /** What --provider / DirectoryProvider names it by: okta, google, entra, export. */
    @Override
    String name();

    /** What it reads, for help and messages, for example "Microsoft Entra ID (Microsoft Graph)". */
    @Override
    String title();

    /** Every setting it reads, in the order help shows them. */
    @Override
    List<Setting> settings();

    /**
     * Builds the source of one scan.
     *
     * @throws IllegalArgumentException when a setting is missing or wrong; the message names its key
     */
    DirectorySource create(ProviderSettings settings, DirectoryContext context);

    /**
     * One setting.
     *
     * @param key         its name in the environment, for example ENTRA_CLIENT_ID
     * @param secretField its field in the stack's credentials secret (JSON), or null when it is never secret
     * @param description one line for help and the README
     */
    record Setting(String key, String secretField, String description) {
        public Setting {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(description, "description");
        }

        public boolean secret() {
            return secretField != null;
        }
    }

    /** A setting that is never secret: from options or the environment only. */
    static Setting plain(String key, String description) {
        return new Setting(key, null, description);
    }

    static Setting secret(String key, String secretField, String description) {
        return new Setting(key, secretField, description);
    }
}
