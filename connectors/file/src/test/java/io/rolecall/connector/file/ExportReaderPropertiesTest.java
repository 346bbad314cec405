package io.rolecall.connector.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.VisibleText;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.testing.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Whatever an export file holds, the reader returns a whole directory or refuses with the documented
 * error: never another exception, never a stack overflow, never a partial directory.
 */
class ExportReaderPropertiesTest {

    private static final String ACME_JSON = read(Path.of("../../examples/acme/directory.json"));
    private static final String ACME_CSV = """
            id,email,name,status,type,title,department,manager,groups,endDate
            00u1,ada@acme.example,"Lovelace, Ada",ACTIVE,,CTO,Engineering,grace@acme.example,isms-incident;isms-deputies,2026-12-31
            00u2,svc@acme.example,,suspended,SERVICE,,,,,
            00u3,grace@acme.example,Grace Hopper,LEFT,PERSON,CEO,Board,,board,
            """;

    private final Path dir = temporaryFolder();

    @Property(tries = 300)
    void aMutatedJsonExportIsReadWholeOrRefused(@ForAll("mutatedJson") String content) {
        readsWholeOrRefuses("people.json", content);
    }

    @Property(tries = 300)
    void aMutatedCsvExportIsReadWholeOrRefused(@ForAll("mutatedCsv") String content) {
        readsWholeOrRefuses("people.csv", content);
    }

    @Property(tries = 200)
    void anyTextAsJsonOrCsvIsReadWholeOrRefused(@ForAll("anything") String content) {
        readsWholeOrRefuses("people.json", content);
        readsWholeOrRefuses("people.csv", content);
    }

    private void readsWholeOrRefuses(String name, String content) {
        Path file = dir.resolve(name);
        try {
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
            DirectorySnapshot directory = ExportFileDirectorySource.of(file).read();
            directory.people().forEach(person -> assertThat(VisibleText.of(person.email().value()))
                    .isEqualTo(person.email().value()));
        } catch (DirectoryReadException refused) {
            assertThat(refused.getMessage()).contains(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        return Mutations.of(ACME_JSON);
    }

    @Provide
    Arbitrary<String> mutatedCsv() {
        return Mutations.of(ACME_CSV);
    }

    @Provide
    Arbitrary<String> anything() {
        return Mutations.anything();
    }

    @AfterProperty
    void removeFiles() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("rolecall-export-properties");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
