package io.rolecall.core.port;

import io.rolecall.core.calendar.ActivityCompletion;
import io.rolecall.core.calendar.CalendarRecords;
import io.rolecall.core.calendar.TrainingCompletion;
import java.util.Collection;

/**
 * The evidence of the ISMS calendar: completions of activities and of role training, kept for good.
 * A record is only ever added; the same record (same subject, day and evidence) twice is kept once.
 */
public interface CalendarStore {

    CalendarRecords records();

    void recordActivity(ActivityCompletion completion);

    /** All of them or, on failure, none: an import is never half stored. */
    void recordTraining(Collection<TrainingCompletion> completions);

    /**
     * An opaque value that changes whenever a completion is recorded: a scan that finds it as the
     * latest scan left it knows that none was recorded since.
     */
    String revision();
}
