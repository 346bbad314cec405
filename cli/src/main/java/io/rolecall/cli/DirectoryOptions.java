package io.rolecall.cli;

import io.rolecall.connector.file.ExportFileDirectorySource;
import io.rolecall.core.port.DirectorySource;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a scan reads the people directory from: exactly one source. */
final class DirectoryOptions {

    @Option(names = "--directory", paramLabel = "FILE",
            description = "A directory export: .json ({\"people\":[...]}) or .csv with the header "
                    + "id,email,name,status,type,title,department,manager,groups,endDate.")
    Path exportFile;

    DirectorySource source() {
        return ExportFileDirectorySource.of(exportFile);
    }
}
