package de.ikz.vormundschaft.internal.shell;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Cases.AppointmentInput;
import de.ikz.vormundschaft.internal.service.Cases.Proposal;
import de.ikz.vormundschaft.internal.service.Cases.Suggestion;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** A child's case: suggestions, match, proposal to the family court, appointment and its end. */
final class CaseCommands {

    private CaseCommands() {
    }

    static void print(Proposal p) {
        System.out.println("Case step " + p.id() + ": child " + p.childId() + ", volunteer " + p.volunteerId() + ", status "
                + p.status());
        System.out.println("  matched " + Table.text(p.matchedOn()) + (p.matchReasons() == null || p.matchReasons().isEmpty() ? ""
                : " (" + Table.text(p.matchReasons()) + ")"));
        if (p.proposedOn() != null) {
            System.out.println("  proposed to " + Table.text(p.court()) + " on " + p.proposedOn() + ": " + Table.text(p.reasons()));
        }
        if (p.closedOn() != null) {
            System.out.println("  closed " + p.closedOn() + ": " + Table.text(p.closeReason()));
        }
    }

    static void print(Appointment a) {
        System.out.println("Appointment " + a.id() + ": child " + a.childId() + " (" + Table.text(a.office()) + "), volunteer "
                + a.volunteerId() + ", " + a.kind() + (a.areas() == null || a.areas().isEmpty() ? "" : " " + a.areas()));
        System.out.println("  " + Table.text(a.court()) + ", file " + Table.text(a.fileNumber()) + ", appointed "
                + Table.text(a.appointedOn()) + (a.endedOn() == null ? "" : ", ended " + a.endedOn() + ": " + Table.text(a.endReason())));
        if (a.additionalPfleger() != null) {
            System.out.println("  additional Pfleger " + a.additionalPfleger() + " for " + Table.text(a.additionalPflegerAreas()));
        }
        System.out.println("  reports received " + Table.text(a.reportsReceived()) + ", next due " + Table.text(a.nextReportDue()));
    }

    @Command(scope = "vormundschaft", name = "suggest", description = "Ranks the suitable volunteers for a child, with reasons")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class Suggest extends VmAction {
        @Reference
        Cases office;

        @Argument(index = 0, name = "child", required = true)
        @Completion(Completers.ChildIds.class)
        String child;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("#", "Volunteer", "Name", "Office", "Score", "Reasons");
            int rank = 0;
            for (Suggestion s : office.suggestions(caller, tenant(caller), child)) {
                table.row(++rank, s.volunteerId(), s.volunteerName(), Table.text(s.office()), s.score(),
                        s.reasons() == null ? "-" : String.join("; ", s.reasons()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "match", description = "Matches a volunteer to an open child")
    @Service
    @Roles("coordinator")
    public static final class Match extends VmAction {
        @Reference
        Cases office;

        @Argument(index = 0, name = "child", required = true)
        @Completion(Completers.ChildIds.class)
        String child;

        @Argument(index = 1, name = "volunteer", required = true)
        @Completion(Completers.VolunteerIds.class)
        String volunteer;

        @Option(name = "--on", description = "day (YYYY-MM-DD), default today")
        String on;

        @Override
        protected void doExecute(Caller caller) {
            print(office.match(caller, tenant(caller), child, volunteer, Args.date("--on", on)));
        }
    }

    @Command(scope = "vormundschaft", name = "propose", description = "Proposes the matched volunteer to the family court, with reasons")
    @Service
    @Roles("coordinator")
    public static final class Propose extends VmAction {
        @Reference
        Cases office;

        @Argument(index = 0, name = "child", required = true)
        @Completion(Completers.ChildIds.class)
        String child;

        @Argument(index = 1, name = "court", required = true, description = "e.g. \"Amtsgericht Aachen\"")
        String court;

        @Argument(index = 2, name = "reasons", required = true, description = "why this volunteer (quote it; SGB VIII § 53)")
        String reasons;

        @Option(name = "--on", description = "day (YYYY-MM-DD), default today")
        String on;

        @Override
        protected void doExecute(Caller caller) {
            print(office.propose(caller, tenant(caller), child, court, reasons, Args.date("--on", on)));
        }
    }

    @Command(scope = "vormundschaft", name = "withdraw", description = "Drops a child's open match or proposal (the child is open again)")
    @Service
    @Roles("coordinator")
    public static final class Withdraw extends VmAction {
        @Reference
        Cases office;

        @Argument(index = 0, name = "child", required = true)
        @Completion(Completers.ChildIds.class)
        String child;

        @Argument(index = 1, name = "reason", required = true, description = "quote it")
        String reason;

        @Option(name = "--on", description = "day (YYYY-MM-DD), default today")
        String on;

        @Override
        protected void doExecute(Caller caller) {
            print(office.withdraw(caller, tenant(caller), child, reason, Args.date("--on", on)));
        }
    }

    @Command(scope = "vormundschaft", name = "appoint", description = "Records the court's appointment of the proposed volunteer")
    @Service
    @Roles("coordinator")
    public static final class Appoint extends VmAction {
        @Reference
        Cases office;

        @Argument(index = 0, name = "child", required = true)
        @Completion(Completers.ChildIds.class)
        String child;

        @Argument(index = 1, name = "court", required = true)
        String court;

        @Argument(index = 2, name = "file-number", required = true, description = "the court's file number")
        String fileNumber;

        @Option(name = "--kind", description = "GUARDIANSHIP (default) or CURATORSHIP")
        @Completion(value = StringsCompleter.class, values = {"GUARDIANSHIP", "CURATORSHIP"})
        String kind;

        @Option(name = "--areas", description = "areas of a curatorship, comma-separated")
        String areas;

        @Option(name = "--additional-pfleger", description = "name of an additional Pfleger (quote it)")
        String additionalPfleger;

        @Option(name = "--additional-areas", description = "the additional Pfleger's areas, comma-separated")
        String additionalAreas;

        @Option(name = "--on", description = "day of the appointment (YYYY-MM-DD), default today")
        String on;

        @Override
        protected void doExecute(Caller caller) {
            AppointmentInput input = new AppointmentInput(court, fileNumber, Args.date("--on", on), kind, Args.list(areas),
                    additionalPfleger, Args.list(additionalAreas));
            print(office.appoint(caller, tenant(caller), child, input));
        }
    }

    @Command(scope = "vormundschaft", name = "appointment-list", description = "Lists the appointments")
    @Service
    @Roles({"coordinator", "auditor", "partner-staff"})
    @ReadOnly
    public static final class ListAppointments extends VmAction {
        @Reference
        Appointments office;

        @Option(name = "--active", aliases = "-a", description = "only appointments not ended")
        boolean active;

        @Option(name = "--ended", description = "only ended appointments")
        boolean ended;

        @Override
        protected void doExecute(Caller caller) {
            if (active && ended) {
                throw IkzException.invalid("--active", "give --active or --ended, not both");
            }
            Table table = Table.of("Id", "Child", "Office", "Volunteer", "Kind", "Court", "File", "Appointed", "Ended",
                    "Next report");
            for (Appointment a : office.appointments(caller, tenant(caller), active ? Boolean.TRUE : ended ? Boolean.FALSE : null)) {
                table.row(a.id(), a.childId(), Table.text(a.office()), a.volunteerId(), a.kind(),
                        Table.text(a.court()), Table.text(a.fileNumber()), Table.text(a.appointedOn()), Table.text(a.endedOn()),
                        Table.text(a.nextReportDue()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "appointment-show", description = "Shows an appointment with its reports")
    @Service
    @Roles({"coordinator", "auditor", "partner-staff"})
    @ReadOnly
    public static final class ShowAppointment extends VmAction {
        @Reference
        Appointments office;

        @Argument(index = 0, name = "appointment", required = true)
        @Completion(Completers.AppointmentIds.class)
        String appointment;

        @Override
        protected void doExecute(Caller caller) {
            print(office.appointment(caller, tenant(caller), appointment));
        }
    }

    @Command(scope = "vormundschaft", name = "appointment-end", description = "Ends an appointment (majority, lifted, change of guardian, ...)")
    @Service
    @Roles("coordinator")
    public static final class EndAppointment extends VmAction {
        @Reference
        Appointments office;

        @Argument(index = 0, name = "appointment", required = true)
        @Completion(Completers.AppointmentIds.class)
        String appointment;

        @Argument(index = 1, name = "reason", required = true, description = "quote it")
        String reason;

        @Option(name = "--on", description = "day (YYYY-MM-DD), default today")
        String on;

        @Option(name = "--next", description = "the volunteer's next stage: POOL (default), RESTING or LEFT")
        @Completion(value = StringsCompleter.class, values = {"POOL", "RESTING", "LEFT"})
        String next;

        @Override
        protected void doExecute(Caller caller) {
            print(office.endAppointment(caller, tenant(caller), appointment, Args.date("--on", on), reason,
                    Args.stage("--next", next)));
        }
    }

    @Command(scope = "vormundschaft", name = "report-received", description = "Records the yearly report to the court as received")
    @Service
    @Roles("coordinator")
    public static final class ReportReceived extends VmAction {
        @Reference
        Appointments office;

        @Argument(index = 0, name = "appointment", required = true)
        @Completion(Completers.AppointmentIds.class)
        String appointment;

        @Argument(index = 1, name = "year", required = true, description = "the year the report covers")
        Integer year;

        @Option(name = "--on", description = "day received (YYYY-MM-DD), default today")
        String on;

        @Override
        protected void doExecute(Caller caller) {
            print(office.recordReport(caller, tenant(caller), appointment, year, Args.date("--on", on)));
        }
    }
}
