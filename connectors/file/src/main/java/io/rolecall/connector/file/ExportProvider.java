package io.rolecall.connector.file;

import io.rolecall.connector.support.DirectoryContext;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.port.DirectorySource;
import java.nio.file.Path;
import java.util.List;

/** A directory export file (.json or .csv) as a directory provider: "export". */
public final class ExportProvider implements DirectoryProvider {

    /** The export's path (on AWS, where the function downloaded it from the configuration bucket). */
    public static final String FILE = "DIRECTORY_EXPORT_FILE";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String title() {
        return "a directory export file (.json or .csv)";
    }

    @Override
    public List<Setting> settings() {
        return List.of(DirectoryProvider.plain(FILE, "The export's path: .json ({\"people\":[...]}) or .csv."));
    }

    @Override
    public DirectorySource create(ProviderSettings settings, DirectoryContext context) {
        return ExportFileDirectorySource.of(Path.of(settings.required(FILE, "give the export file's path")));
    }
}
