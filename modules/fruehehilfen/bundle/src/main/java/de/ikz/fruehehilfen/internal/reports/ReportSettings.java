package de.ikz.fruehehilfen.internal.reports;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the reports (PID {@value #PID}, file {@code etc/de.ikz.fruehehilfen.reports.cfg}).
 * The proof-of-use deadline in NRW is not confirmed; comparable Länder rules want it by 31 March of
 * the following year, hence the default.
 */
@ObjectClassDefinition(name = "Frühe Hilfen: reports", description = "Deadline and reminder of the proof of use (Verwendungsnachweis)")
public @interface ReportSettings {

    String PID = "de.ikz.fruehehilfen.reports";

    String DEFAULT_DEADLINE = "03-31";
    int DEFAULT_REMINDER_DAYS = 42;

    @AttributeDefinition(name = "proof.deadline", description = "Day of the following year (MM-dd) by which the proof of use "
            + "of a year is due")
    String proof_deadline() default DEFAULT_DEADLINE;

    @AttributeDefinition(name = "proof.reminder.days", description = "How many days before the deadline the proof of use appears "
            + "on the due list (0 to 366)")
    int proof_reminder_days() default DEFAULT_REMINDER_DAYS;
}
