package io.rolecall.connector.file;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.HrSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * An HR export as CSV, one row per person: {@code email,status,startDate,endDate,title,department,manager,
 * timeOff}, where {@code timeOff} lists approved time off as {@code FROM..TO} ranges (both days included)
 * separated by {@code ;}. Only {@code email} is required. The whole file is checked first: any problem
 * fails the read, listing every one with its line; a partial HR read never reaches the rules.
 */
public final class HrCsvSource implements HrSource {

    static final List<String> COLUMNS = List.of("email", "status", "startDate", "endDate", "title", "department",
            "manager", "timeOff");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    private static final int PROBLEMS_SHOWN = 20;

    private final Path file;

    public HrCsvSource(Path file) {
        this.file = file;
    }

    @Override
    public HrSnapshot read(LocalDate from, LocalDate to) {
        String name = file.getFileName().toString();
        List<HrRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            List<String> unknown = header.stream().filter(column -> !COLUMNS.contains(column)).toList();
            if (!header.contains("email") || !unknown.isEmpty()) {
                throw new DirectoryReadException("HR export " + name + " line 1: the header must name the column "
                        + "email, and may name " + String.join(", ", COLUMNS) + (unknown.isEmpty() ? ""
                        : "; it names " + String.join(", ", unknown) + ", which RoleCall does not read"));
            }
            for (CSVRecord row : parser) {
                String where = name + " line " + parser.getCurrentLineNumber();
                try {
                    records.add(record(row, header, from, to));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new DirectoryReadException("HR export " + file + " does not exist; check the path");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new DirectoryReadException("HR export " + name + " cannot be read as CSV: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new DirectoryReadException(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in HR export " + name + ", so nothing of it was used:\n  - "
                    + String.join("\n  - ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())))
                    + (problems.size() > PROBLEMS_SHOWN ? "\n  and " + (problems.size() - PROBLEMS_SHOWN) + " more"
                    : ""));
        }
        try {
            return new HrSnapshot(records, describe());
        } catch (IllegalArgumentException e) {
            throw new DirectoryReadException(e.getMessage());
        }
    }

    private static HrRecord record(CSVRecord row, List<String> header, LocalDate from, LocalDate to) {
        Email email = email(field(row, header, "email").orElseThrow(() -> new IllegalArgumentException(
                "email is empty; every row names the person's work email")), "email");
        List<HrRecord.Absence> absences = new ArrayList<>();
        Optional<String> timeOff = field(row, header, "timeOff");
        if (timeOff.isPresent()) {
            for (String range : timeOff.get().split(";")) {
                if (range.isBlank()) {
                    continue;
                }
                String[] days = range.trim().split("\\.\\.", -1);
                if (days.length != 2) {
                    throw new IllegalArgumentException("timeOff '" + range.trim() + "' is not FROM..TO; write each "
                            + "range as 2026-12-21..2027-01-01, ranges separated by ;");
                }
                HrRecord.Absence absence = new HrRecord.Absence(date(days[0], "timeOff"), date(days[1], "timeOff"));
                if (!absence.to().isBefore(from) && !absence.from().isAfter(to)) {
                    absences.add(absence);
                }
            }
        }
        return new HrRecord(email, field(row, header, "status").orElse(null),
                field(row, header, "startDate").map(text -> date(text, "startDate")).orElse(null),
                field(row, header, "endDate").map(text -> date(text, "endDate")).orElse(null),
                field(row, header, "title").orElse(null), field(row, header, "department").orElse(null),
                field(row, header, "manager").map(text -> email(text, "manager")).orElse(null), absences);
    }

    private static Optional<String> field(CSVRecord row, List<String> header, String column) {
        if (!header.contains(column) || !row.isSet(column)) {
            return Optional.empty();
        }
        String value = row.get(column).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static LocalDate date(String text, String column) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + text.trim() + "' is not a date; write YYYY-MM-DD");
        }
    }

    private static Email email(String text, String column) {
        Optional<String> problem = Email.problemIn(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(column + " '" + text + "' is not an email address (" + problem.get()
                    + ")");
        }
        return Email.of(text);
    }

    @Override
    public String describe() {
        return "file:" + file.getFileName();
    }
}
