package io.rolecall.core.port;

import io.rolecall.core.model.HrSnapshot;
import java.time.LocalDate;

/**
 * Reads an HR system: every person's employment dates and the approved time off in a window. A read
 * either returns everyone or fails (a {@link DirectoryReadException}), like a directory read.
 */
public interface HrSource {

    /** @param from the first day of time off wanted; @param to the last */
    HrSnapshot read(LocalDate from, LocalDate to);

    /** Where it reads from, for logs and the scan summary; never contains credentials. */
    String describe();
}
