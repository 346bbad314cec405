package io.rolecall.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * A file this process cannot write, for tests of what RoleCall says then. File modes do not stop
 * root, which CI runs as, so as root the file is made immutable ({@code chattr +i}) instead.
 */
final class ReadOnlyFile {

    private ReadOnlyFile() {
    }

    static void make(Path file) throws IOException, InterruptedException {
        if (isRoot()) {
            chattr("+i", file);
        } else {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        }
    }

    static void undo(Path file) throws IOException, InterruptedException {
        if (isRoot()) {
            chattr("-i", file);
        } else {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void chattr(String flag, Path file) throws IOException, InterruptedException {
        Process chattr = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
        String said = new String(chattr.getInputStream().readAllBytes());
        if (!chattr.waitFor(10, TimeUnit.SECONDS) || chattr.exitValue() != 0) {
            throw new IllegalStateException("running as root, this test needs 'chattr " + flag + "' to make a file "
                    + "read-only, and it failed: " + said.trim());
        }
    }
}
