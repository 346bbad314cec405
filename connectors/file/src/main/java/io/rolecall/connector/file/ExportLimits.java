package io.rolecall.connector.file;

import io.rolecall.core.port.DirectoryReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The limits an export file must keep, documented in the README: a real directory export stays far
 * below them, and a file beyond them is refused before it is read rather than exhausting memory.
 */
public final class ExportLimits {

    /** 100,000 people take about 21 MB of JSON; this allows a million with room to spare. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** {"people": [{"groups": [...]}]} is four levels deep; anything much deeper is not an export. */
    public static final int MAX_NESTING = 8;
    /** No field of a person (an id, a name, a group list) needs more characters than this. */
    public static final int MAX_VALUE_CHARS = 64 * 1024;

    private ExportLimits() {
    }

    /**
     * @return the file's size in bytes
     * @throws DirectoryReadException when the file is larger than {@link #MAX_BYTES}
     */
    public static long checkSize(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DirectoryReadException(String.format(Locale.ROOT, "directory export %s is too large "
                        + "(%.0f MB, limit %d MB); an export of a million people is smaller. Check that it is "
                        + "the right file", file.getFileName(), size / 1048576.0, MAX_BYTES / 1048576));
            }
            return size;
        } catch (IOException e) {
            throw new DirectoryReadException("could not read directory export " + file.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }
}
