package io.rolecall.cli;

import picocli.CommandLine;

/** The version from the jar manifest, so that it never drifts from the build. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = RoleCallCommand.class.getPackage().getImplementationVersion();
        return new String[] {"rolecall " + (version == null ? "(development build)" : version)};
    }
}
