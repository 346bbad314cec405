package io.rolecall.cli;

import io.rolecall.core.model.Dates;
import java.time.LocalDate;
import picocli.CommandLine;

/** Parses YYYY-MM-DD with a message that says so. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return Dates.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
