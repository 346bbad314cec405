package io.rolecall.functions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The day a scheduled invocation counts as: the schedule's own time when the event carries it (a
 * scheduled event's "time", or the "<aws.scheduler.scheduled-time>" the template passes), so that a
 * retry of Monday's invocation still counts as Monday; otherwise now. Both in the stack's time zone.
 */
final class ScheduleTime {

    private ScheduleTime() {
    }

    static LocalDate dayOf(ScheduleEvent event, Clock clock, ZoneId zone) {
        String time = event == null ? null : event.time();
        if (time != null && !time.isBlank()) {
            try {
                return Instant.parse(time).atZone(zone).toLocalDate();
            } catch (DateTimeParseException ignored) {
                // not a timestamp: fall back to the clock
            }
        }
        return LocalDate.now(clock.withZone(zone));
    }
}
