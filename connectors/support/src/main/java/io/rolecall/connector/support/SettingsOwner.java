package io.rolecall.connector.support;

import java.util.List;

/**
 * A plug-in that reads settings by key: a directory provider or an HR provider. Their settings come the
 * same way (locally: options and the environment; on AWS: the environment and the credentials secret).
 */
public interface SettingsOwner {

    /** What it is named by: okta, export, bamboohr, personio, file. */
    String name();

    /** What it reads, for help and messages. */
    String title();

    /** Every setting it reads, in the order help shows them. */
    List<DirectoryProvider.Setting> settings();

    /** "directory source", "HR source": how messages name this kind of plug-in. */
    default String kind() {
        return "directory source";
    }
}
