package io.rolecall.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, which sqlite-jdbc copies out of its jar into the temp folder and loads
 * on every start: about a tenth of a second of a short command, and a megabyte written each time.
 */
public final class SqliteLibrary {

    private SqliteLibrary() {
    }

    /**
     * Copies the library built for this machine into {@code folder}, where a JVM started with
     * {@code -Dorg.sqlite.lib.path=FOLDER} loads it instead of copying it out again; sqlite-jdbc
     * falls back to its own copy when the one there does not load (another machine's, say).
     *
     * @return the library's file, or empty when sqlite-jdbc has none for this machine
     */
    public static Optional<Path> extract(Path folder) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        try (InputStream library = SqliteLibrary.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            if (library == null) {
                return Optional.empty();
            }
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.copy(library, file, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(file);
        }
    }
}
