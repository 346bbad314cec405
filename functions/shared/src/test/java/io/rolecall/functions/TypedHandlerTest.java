package io.rolecall.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import io.rolecall.functions.testing.Invocations;
import io.rolecall.functions.testing.StubContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Events in, results out, as Lambda passes them: JSON read into records, absent values left out. */
class TypedHandlerTest {

    /** Returns the day the schedule counts as in London, and whether the event accepted a change. */
    private static final class DayHandler extends TypedHandler<ScheduleEvent, DayHandler.Day> {
        record Day(String asOf, Boolean accepted, String requestId) {
        }

        DayHandler() {
            super(ScheduleEvent.class);
        }

        @Override
        public Day handle(ScheduleEvent event, Context context) {
            return new Day(ScheduleTime.dayOf(event, Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC),
                    ZoneId.of("Europe/London")).toString(), event.acceptDirectoryChange() ? true : null,
                    requestId(context));
        }
    }

    @Test
    void aRecordedScheduledEventIsReadForItsTimeAndEverythingElseIgnored() {
        String result = Invocations.invoke(new DayHandler(), Invocations.event("scheduled-event.json"),
                StubContext.withTimeLeft(60_000));

        assertThat(result).isEqualTo("{\"asOf\":\"2026-11-30\",\"requestId\":\"c0ffee00-1234-4a5b-8c9d-0e1f2a3b4c5d\"}");
    }

    @Test
    void anEmptyPayloadCountsAsNoScheduleAndADirectoryChangeCanBeAccepted() {
        assertThat(Invocations.invoke(new DayHandler(), "", null))
                .isEqualTo("{\"asOf\":\"2026-12-07\",\"requestId\":\"local\"}");
        assertThat(Invocations.invoke(new DayHandler(), Invocations.event("accept-directory-change.json"), null))
                .isEqualTo("{\"asOf\":\"2026-12-02\",\"accepted\":true,\"requestId\":\"local\"}");
    }

    @Test
    void aPayloadThatIsNotJsonIsRefusedSayingWhatToSend() {
        assertThatThrownBy(() -> Invocations.invoke(new DayHandler(), "acceptDirectoryChange", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the invocation's payload is not the JSON this function takes", "such as {}");
    }

    @Test
    void theDayIsTheSchedulesOwnInTheStacksZoneNotTheClocks() {
        Clock now = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
        ZoneId sydney = ZoneId.of("Australia/Sydney");

        assertThat(ScheduleTime.dayOf(new ScheduleEvent("2026-11-30T20:00:00Z", false), now, sydney))
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ScheduleTime.dayOf(new ScheduleEvent("not a time", false), now, sydney))
                .isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(ScheduleTime.dayOf(null, now, sydney)).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
