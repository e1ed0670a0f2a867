package de.ikz.kinderschutz.internal.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes iCalendar files (RFC 5545): meeting invitations and the offers' events. Times are written
 * in UTC (form {@code 20260115T090000Z}), so no VTIMEZONE is needed and every calendar shows local
 * time correctly; lines are folded at 75 octets (never inside a UTF-8 sequence), text values escape
 * backslash, semicolon, comma and line breaks, and lines end with CRLF.
 * <p>
 * Hand-written rather than with ical4j (STACK.md): writing a handful of properties is about a hundred
 * lines, while ical4j 4 would bring several bundles (its own, commons-lang3, commons-collections4,
 * threeten-extra) into the module's feature for it. The tests read the files back with a parser of
 * their own written to the RFC's grammar (unfolding, unescaping).
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Media type of the files. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    /**
     * One event.
     *
     * @param uid         globally unique and stable per record (e.g. {@code <id>@<tenant>.kinderschutz.ikz})
     * @param start       start
     * @param end         end (after start)
     * @param summary     title
     * @param description text, may be null
     * @param location    place, may be null
     * @param cancelled   STATUS:CANCELLED
     * @param attendees   names of invited institutions (written as a comment line in the description, not as
     *                    ATTENDEE properties: the network invites institutions, not mail addresses)
     */
    public record Event(String uid, Instant start, Instant end, String summary, String description, String location,
                        boolean cancelled, List<String> attendees) {
        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(summary, "summary");
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
        }
    }

    private ICalendar() {
    }

    /**
     * A calendar of the events.
     *
     * @param method  {@code REQUEST} for invitations, {@code PUBLISH} for a published list
     * @param name    the calendar's name (X-WR-CALNAME)
     * @param stamp   DTSTAMP of every event (when the file was made)
     */
    public static String calendar(String method, String name, Instant stamp, List<Event> events) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//IKZ-Plattform//Kinderschutz-Netzwerk//DE");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + method);
        if (name != null) {
            lines.add("X-WR-CALNAME:" + text(name));
        }
        for (Event e : events) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + text(e.uid()));
            lines.add("DTSTAMP:" + UTC.format(stamp));
            lines.add("DTSTART:" + UTC.format(e.start()));
            lines.add("DTEND:" + UTC.format(e.end()));
            lines.add("SUMMARY:" + text(e.summary()));
            StringBuilder d = new StringBuilder(e.description() == null ? "" : e.description());
            if (!e.attendees().isEmpty()) {
                d.append(d.length() == 0 ? "" : "\n\n").append("Eingeladen: ").append(String.join(", ", e.attendees()));
            }
            if (d.length() > 0) {
                lines.add("DESCRIPTION:" + text(d.toString()));
            }
            if (e.location() != null && !e.location().isBlank()) {
                lines.add("LOCATION:" + text(e.location()));
            }
            lines.add("STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            fold(l, out);
        }
        return out.toString();
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String v) {
        StringBuilder b = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\r' -> {
                    if (i + 1 < v.length() && v.charAt(i + 1) == '\n') {
                        i++;
                    }
                    b.append("\\n");
                }
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Folds a content line at 75 octets (RFC 5545 3.1), continuation lines starting with one space. */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
