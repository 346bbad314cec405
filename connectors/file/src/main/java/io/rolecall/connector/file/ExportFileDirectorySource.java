package io.rolecall.connector.file;

import io.rolecall.connector.file.internal.CsvExportReader;
import io.rolecall.connector.file.internal.JsonExportReader;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.DirectorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
        if (!Files.isRegularFile(file)) {
            throw new DirectoryReadException("directory export " + file + " does not exist or is not a file; "
                    + "pass the path of a .json or .csv export");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return new JsonExportReader(file).read();
        }
        if (name.endsWith(".csv")) {
            return new CsvExportReader(file).read();
        }
        throw new DirectoryReadException("directory export " + file + " must end in .json or .csv "
                + "so that RoleCall knows how to read it");
    }

    @Override
    public String describe() {
        return "file:" + file.getFileName();
    }
}
