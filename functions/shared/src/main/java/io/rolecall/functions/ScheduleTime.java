package io.rolecall.functions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The day a scheduled invocation counts as: the schedule's own time when the event carries it (a
 * scheduled event's "time", or the "<aws.scheduler.scheduled-time>" the template passes), so that a
 * retry of Monday's invocation still counts as Monday; otherwise now. Both in the stack's time zone.
 */
final class ScheduleTime {

    private ScheduleTime() {
    }

    static LocalDate dayOf(Map<String, Object> event, Clock clock, ZoneId zone) {
        Object time = event == null ? null : event.get("time");
        if (time instanceof String text && !text.isBlank()) {
            try {
                return Instant.parse(text).atZone(zone).toLocalDate();
            } catch (DateTimeParseException ignored) {
                // not a timestamp: fall back to the clock
            }
        }
        return LocalDate.now(clock.withZone(zone));
    }
}
