package de.ikz.fruehehilfen.internal.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * When a year's proof of use is due and from when the due list reminds of it.
 *
 * @param day          the day of the following year (31 March by default; 29 February is 28 February in other years)
 * @param reminderDays days before the deadline from which it is on the due list
 */
public record Deadlines(MonthDay day, int reminderDays) {

    public static final int MAX_REMINDER_DAYS = 366;

    public Deadlines {
        if (reminderDays < 0 || reminderDays > MAX_REMINDER_DAYS) {
            throw new IllegalArgumentException("proof.reminder.days must be 0 to " + MAX_REMINDER_DAYS + ", got " + reminderDays);
        }
    }

    /** The defaults: 31 March, 42 days. */
    public static Deadlines standard() {
        return new Deadlines(MonthDay.of(3, 31), ReportSettings.DEFAULT_REMINDER_DAYS);
    }

    /** From the settings; a setting that cannot be read is refused with its name. */
    public static Deadlines of(ReportSettings settings) {
        return of(settings.proof_deadline(), settings.proof_reminder_days());
    }

    static Deadlines of(String day, int reminderDays) {
        MonthDay d;
        try {
            d = MonthDay.parse("--" + day.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("proof.deadline must be a day as MM-dd (e.g. 03-31), got '" + day + "'");
        }
        return new Deadlines(d, reminderDays);
    }

    /** The deadline of a year's proof of use. */
    public LocalDate deadline(int year) {
        return day.atYear(year + 1);
    }

    /** From this day on the proof of the year is on the due list. */
    public LocalDate remindFrom(int year) {
        return deadline(year).minusDays(reminderDays);
    }
}
