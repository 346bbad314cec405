package io.rolecall.connector.file;

import io.rolecall.connector.file.internal.CsvExportReader;
import io.rolecall.connector.file.internal.JsonExportReader;
import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.DirectorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The people directory from an export file: JSON ({@code {"people":[...]}}) or CSV with the header
 * {@code id,email,name,status,type,title,department,manager,groups,endDate}. The whole file is
 * checked; any bad row fails the read with every problem listed, so nothing partial is scanned.
 */
public final class ExportFileDirectorySource implements DirectorySource {

    private final Path file;

    private ExportFileDirectorySource(Path file) {
        this.file = file;
    }

    public static ExportFileDirectorySource of(Path file) {
        return new ExportFileDirectorySource(file);
    }

    @Override
    public DirectorySnapshot read() {
        return format() == Format.JSON ? new JsonExportReader(file).read() : new CsvExportReader(file).read();
    }

    /**
     * Reads the whole file and validates every person, as {@link #read()} does, but keeps nobody:
     * an unchanged export of 100,000 people is recognised without holding them in memory.
     */
    @Override
    public Optional<DirectoryFingerprint> fingerprint() {
        return format() == Format.JSON ? new JsonExportReader(file).fingerprint()
                : new CsvExportReader(file).fingerprint();
    }

    private enum Format { JSON, CSV }

    private Format format() {
        if (!Files.isRegularFile(file)) {
            throw new DirectoryReadException("directory export " + file + " does not exist or is not a file; "
                    + "pass the path of a .json or .csv export");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        throw new DirectoryReadException("directory export " + file + " must end in .json or .csv "
                + "so that RoleCall knows how to read it");
    }

    @Override
    public String describe() {
        return "file:" + file.getFileName();
    }
}
