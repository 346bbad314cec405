package io.rolecall.connector.support;

import io.rolecall.core.port.HrSource;

/**
 * An HR system RoleCall can read beside the identity directory, registered by its module with
 * {@link java.util.ServiceLoader} (a line in META-INF/services/io.rolecall.connector.support.HrProvider),
 * found by name like a {@link DirectoryProvider}. Adding an HR system is a new module with one of these.
 */
public interface HrProvider extends SettingsOwner {

    @Override
    default String kind() {
        return "HR source";
    }

    /**
     * Builds the source of one scan.
     *
     * @throws IllegalArgumentException when a setting is missing or wrong; the message names its key
     */
    HrSource create(ProviderSettings settings);
}
