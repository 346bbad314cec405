package io.rolecall.connector.file;

import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.HrProvider;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.port.HrSource;
import java.nio.file.Path;
import java.util.List;

/** An HR export file, for a demo or an HR system RoleCall has no client for: {@code --hr file}. */
public final class HrFileProvider implements HrProvider {

    /** The export's path. */
    public static final String FILE = "HR_FILE";

    @Override
    public String name() {
        return "file";
    }

    @Override
    public String title() {
        return "an HR export file (.csv)";
    }

    @Override
    public List<DirectoryProvider.Setting> settings() {
        return List.of(DirectoryProvider.plain(FILE, "The HR export's path: CSV with the header email,status,"
                + "startDate,endDate,title,department,manager,timeOff."));
    }

    @Override
    public HrSource create(ProviderSettings settings) {
        return new HrCsvSource(Path.of(settings.required(FILE, "give the HR export's path")));
    }
}
