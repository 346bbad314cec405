package io.rolecall.connector.file.internal;

import io.rolecall.core.model.Person;
import io.rolecall.core.model.VisibleText;
import io.rolecall.core.port.DirectoryReadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a CSV export with a header row; groups are separated by ';' within their cell. A UTF-8 byte
 * order mark (as Excel writes) is skipped; a column named twice is refused, since either copy could
 * be the one meant.
 */
public final class CsvExportReader extends ExportFileReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    public CsvExportReader(Path file) {
        super(file);
    }

    @Override
    protected void readInto(PersonSink people, Problems problems, SharedValues shared) {
        String name = file.getFileName().toString();
        try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = parser(reader, name)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header, name);
            int[] fieldOfColumn = header.stream().mapToInt(PersonFields::indexOf).toArray();
            for (CSVRecord record : parser) {
                Where where = Where.csv(name, (int) record.getRecordNumber() + 1);
                if (!record.isConsistent()) {
                    problems.add(where + ": has " + record.size() + " cells but the header has "
                            + header.size() + "; quote cells that contain commas.");
                    continue;
                }
                String[] values = new String[PersonFields.FIELDS.size()];
                for (int column = 0; column < fieldOfColumn.length; column++) {
                    values[fieldOfColumn[column]] = record.get(column);
                }
                String groupCell = values[PersonFields.GROUPS];
                List<String> groups = groupCell == null || groupCell.isBlank() ? List.of()
                        : Arrays.asList(groupCell.split(";"));
                Optional<Person> person = PersonFields.toPerson(values, groups, where, problems, shared);
                if (person.isPresent()) {
                    people.add(person.get(), where, problems);
                }
            }
        } catch (MalformedInputException e) {
            throw new DirectoryReadException("directory export " + name + " is not UTF-8 text; save it as UTF-8 CSV", e);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DirectoryReadException("could not read directory export " + name + " as CSV: " + e.getMessage(), e);
        }
    }

    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    /** Commons CSV reads the header when the parser is built, and says so with an IllegalArgumentException. */
    private static CSVParser parser(Reader reader, String name) throws IOException {
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IllegalArgumentException e) {
            throw new DirectoryReadException("directory export " + name + " line 1: the header "
                    + VisibleText.of(String.valueOf(e.getMessage())).replace("The header contains a duplicate name",
                    "names a column twice") + "; keep one column of each name", e);
        }
    }

    private static void checkHeader(List<String> header, String name) {
        List<String> unknown = header.stream().filter(h -> !PersonFields.FIELDS.contains(h)).toList();
        List<String> missing = List.of("id", "email", "status").stream().filter(h -> !header.contains(h)).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new DirectoryReadException("directory export " + name + " has the header " + VisibleText.of(header.toString())
                    + (missing.isEmpty() ? "" : "; it lacks " + missing)
                    + (unknown.isEmpty() ? "" : "; unknown columns " + VisibleText.of(unknown.toString()))
                    + ". The header is: " + String.join(",", PersonFields.FIELDS)
                    + " (only id, email and status are required).");
        }
    }
}
