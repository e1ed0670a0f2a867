package de.ikz.vormundschaft.internal.shell;

import java.math.BigDecimal;
import java.util.Locale;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Appointments.AllowanceClaim;
import de.ikz.vormundschaft.internal.service.Appointments.VolunteerContact;
import de.ikz.vormundschaft.internal.service.Appointments.ContactInput;
import de.ikz.vormundschaft.internal.service.Appointments.EveningInput;
import de.ikz.vormundschaft.internal.service.Appointments.GroupEvening;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Accompaniment of the volunteers: contacts, group evenings, the yearly allowance. */
final class AccompanimentCommands {

    private AccompanimentCommands() {
    }

    static String money(BigDecimal b) {
        return b == null ? "-" : String.format(Locale.GERMANY, "%,.2f €", b);
    }

    @Command(scope = "vormundschaft", name = "contact-add", description = "Records a contact with a volunteer")
    @Service
    @Roles("coordinator")
    public static final class AddContact extends VmAction {
        @Reference
        Appointments office;

        @Argument(index = 0, name = "volunteer", required = true)
        @Completion(Completers.VolunteerIds.class)
        String volunteer;

        @Argument(index = 1, name = "topic", required = true, description = "quote it")
        String topic;

        @Option(name = "--appointment", description = "the guardianship the contact was about")
        @Completion(Completers.AppointmentIds.class)
        String appointment;

        @Option(name = "--minutes", description = "duration in minutes")
        Integer minutes;

        @Option(name = "--medium", description = "IN_PERSON, PHONE, VIDEO, EMAIL or LETTER")
        @Completion(value = StringsCompleter.class, values = {"IN_PERSON", "PHONE", "VIDEO", "EMAIL", "LETTER"})
        String medium;

        @Option(name = "--follow-up", description = "what is to be followed up (quote it)")
        String followUp;

        @Option(name = "--follow-up-due", description = "when the follow-up is due (YYYY-MM-DD)")
        String followUpDue;

        @Option(name = "--on", description = "day of the contact (YYYY-MM-DD), default today")
        String on;

        @Override
        protected void doExecute(Caller caller) {
            ContactInput input = new ContactInput(volunteer, appointment, Args.date("--on", on), minutes, medium, topic, followUp,
                    Args.date("--follow-up-due", followUpDue));
            VolunteerContact c = office.addContact(caller, tenant(caller), input);
            System.out.println("Contact " + c.id() + " with " + c.volunteerId() + " on " + c.date() + " recorded"
                    + (c.followUpDue() == null ? "" : ", follow-up due " + c.followUpDue()));
        }
    }

    @Command(scope = "vormundschaft", name = "contact-list", description = "Lists the contacts, newest first")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ListContacts extends VmAction {
        @Reference
        Appointments office;

        @Option(name = "--volunteer", aliases = "-v", description = "only the contacts with this volunteer")
        @Completion(Completers.VolunteerIds.class)
        String volunteer;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Date", "Volunteer", "Appointment", "Medium", "Minutes", "Topic", "Follow-up", "Due");
            for (VolunteerContact c : office.contacts(caller, tenant(caller), volunteer)) {
                table.row(c.id(), c.date(), c.volunteerId(), Table.text(c.appointmentId()), Table.text(c.medium()),
                        c.minutes(), c.topic(), Table.text(c.followUp()), Table.text(c.followUpDue()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "evening-add", description = "Records a group evening of the volunteers")
    @Service
    @Roles("coordinator")
    public static final class AddEvening extends VmAction {
        @Reference
        Appointments office;

        @Argument(index = 0, name = "date", required = true, description = "YYYY-MM-DD")
        String date;

        @Argument(index = 1, name = "topic", required = true, description = "quote it")
        String topic;

        @Option(name = "--attendees", description = "volunteer ids, comma-separated")
        String attendees;

        @Override
        protected void doExecute(Caller caller) {
            GroupEvening e = office.addEvening(caller, tenant(caller),
                    new EveningInput(Args.date("date", date), topic, Args.list(attendees)));
            System.out.println("Group evening " + e.id() + " on " + e.date() + " recorded, " + e.attendees().size() + " attendees");
        }
    }

    @Command(scope = "vormundschaft", name = "evening-list", description = "Lists the group evenings")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ListEvenings extends VmAction {
        @Reference
        Appointments office;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Date", "Topic", "Attendees");
            for (GroupEvening e : office.evenings(caller, tenant(caller))) {
                table.row(e.id(), e.date(), e.topic(), Table.text(e.attendees()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "allowance-claim", description = "Records the yearly expense allowance claim of a guardianship")
    @Service
    @Roles("coordinator")
    public static final class ClaimAllowance extends VmAction {
        @Reference
        Appointments office;

        @Argument(index = 0, name = "appointment", required = true)
        @Completion(Completers.AppointmentIds.class)
        String appointment;

        @Argument(index = 1, name = "year", required = true, description = "the year claimed for")
        Integer year;

        @Option(name = "--on", description = "day of the claim (YYYY-MM-DD), default today")
        String on;

        @Override
        protected void doExecute(Caller caller) {
            AllowanceClaim a = office.claimAllowance(caller, tenant(caller), appointment, year, Args.date("--on", on));
            System.out.println("Allowance " + a.year() + " for " + a.appointmentId() + " (volunteer " + a.volunteerId() + "): "
                    + money(a.amount()) + " claimed on " + a.claimedOn() + ", deadline " + Table.text(a.deadline()));
        }
    }

    @Command(scope = "vormundschaft", name = "allowance-list", description = "Lists the allowance claims")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ListAllowances extends VmAction {
        @Reference
        Appointments office;

        @Option(name = "--volunteer", aliases = "-v", description = "only the claims of this volunteer")
        @Completion(Completers.VolunteerIds.class)
        String volunteer;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Appointment", "Volunteer", "Year", "Claimed", "Amount", "Deadline");
            for (AllowanceClaim a : office.claims(caller, tenant(caller), volunteer)) {
                table.row(a.appointmentId(), a.volunteerId(), a.year(), a.claimedOn(), money(a.amount()),
                        Table.text(a.deadline()));
            }
            table.print(System.out);
        }
    }
}
