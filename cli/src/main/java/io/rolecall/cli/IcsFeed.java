package io.rolecall.cli;

import io.rolecall.core.calendar.ActivityState;
import io.rolecall.core.calendar.IsmsCalendar;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The ISMS calendar as an iCalendar file (RFC 5545) a calendar app can subscribe to: one all-day
 * event per activity on its next due date (today for one never done), with a reminder its lead time
 * before. Written by hand: the format needs only escaping (3.3.11) and line folding (3.1), and
 * ical4j reads it back in the tests.
 */
final class IcsFeed {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsFeed() {
    }

    static String of(String organisation, IsmsCalendar calendar, LocalDate asOf) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//RoleCall//ISMS calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text("ISMS calendar: " + organisation));
        for (ActivityState state : calendar.activities()) {
            LocalDate due = state.nextDue() == null ? asOf : state.nextDue();
            line(out, "BEGIN:VEVENT");
            // Stable per activity and due date: a subscribed calendar updates the event, never duplicates it.
            line(out, "UID:" + state.activity().id() + "-" + due.format(DAY) + "@rolecall");
            line(out, "DTSTAMP:" + asOf.format(DAY) + "T000000Z");
            line(out, "DTSTART;VALUE=DATE:" + due.format(DAY));
            line(out, "DTEND;VALUE=DATE:" + due.plusDays(1).format(DAY));
            line(out, "SUMMARY:" + text(state.activity().name() + (state.nextDue() == null ? " (never done)"
                    : state.status() == io.rolecall.core.calendar.DueStatus.OVERDUE ? " (overdue)" : " due")));
            line(out, "DESCRIPTION:" + text("Owner: " + state.activity().ownerRole() + " ("
                    + calendar.ownerText(state.activity()) + "). "
                    + (state.activity().reference() == null ? "" : "Reference: " + state.activity().reference() + ". ")
                    + "Last done: " + (state.lastDone() == null ? "never" : state.lastDone()) + ". "
                    + "Every " + state.activity().everyMonths() + " months. Record it with: rolecall activity done "
                    + state.activity().id() + " --on YYYY-MM-DD --evidence ..."));
            line(out, "CATEGORIES:ISMS");
            if (state.activity().leadDays() > 0) {
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION:" + text(state.activity().name() + " is due in "
                        + state.activity().leadDays() + " days"));
                line(out, "TRIGGER:-P" + state.activity().leadDays() + "D");
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping of RFC 5545 3.3.11: backslash, semicolon, comma and newlines. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Ends a content line with CRLF, folded at 75 octets (RFC 5545 3.1) without splitting a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
