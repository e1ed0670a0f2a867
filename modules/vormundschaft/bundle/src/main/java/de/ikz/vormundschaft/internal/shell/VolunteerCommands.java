package de.ikz.vormundschaft.internal.shell;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.vormundschaft.internal.service.Volunteers;
import de.ikz.vormundschaft.internal.service.Volunteers.StageChange;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.vormundschaft.internal.service.Volunteers.VolunteerInput;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Volunteers and their way through the pipeline; the counterparts of the volunteer REST calls. */
final class VolunteerCommands {

    private VolunteerCommands() {
    }

    @Command(scope = "vormundschaft", name = "volunteer-list", description = "Lists the volunteers, optionally of one stage")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ListVolunteers extends VmAction {
        @Reference
        Volunteers office;

        @Option(name = "--stage", aliases = "-s", description = "only volunteers in this stage, e.g. POOL")
        @Completion(Completers.Stages.class)
        String stage;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Name", "Office", "Stage", "Since", "Languages", "Age band", "Active/Capacity",
                    "Trained", "Re-check due");
            for (Volunteer v : office.volunteers(caller, tenant(caller), Args.stage("--stage", stage))) {
                table.row(v.id(), v.name(), Table.text(v.office()), v.stage(), Table.text(v.stageSince()),
                        Table.text(v.languages()), Table.text(v.ageBand()), v.active() + "/" + v.capacity(),
                        Table.text(v.trainingComplete()), Table.text(v.recheckDue()));
            }
            table.print(System.out);
        }
    }

    /** The options of volunteer-add and volunteer-update. */
    abstract static class VolunteerOptions extends VmAction {
        @Reference
        Volunteers office;

        @Option(name = "--office", aliases = "-o", description = "youth office the volunteer is recruited for, e.g. ja-alsdorf")
        String officeId;

        @Option(name = "--languages", aliases = "-l", description = "comma-separated, e.g. Deutsch,Arabisch")
        String languages;

        @Option(name = "--age-band", description = "preferred age band of the child: 0-5, 6-11 or 12-17")
        @Completion(value = StringsCompleter.class, values = {"0-5", "6-11", "12-17"})
        String ageBand;

        @Option(name = "--unaccompanied", description = "has experience with unaccompanied minors")
        boolean unaccompanied;

        @Option(name = "--municipality", aliases = "-m", description = "8-digit AGS of the volunteer's municipality")
        String municipality;

        @Option(name = "--travel", description = "how far the volunteer travels: MUNICIPALITY, DISTRICT or ANY")
        @Completion(value = StringsCompleter.class, values = {"MUNICIPALITY", "DISTRICT", "ANY"})
        String travel;

        @Option(name = "--capacity", aliases = "-c", description = "how many guardianships at once")
        Integer capacity;

        @Option(name = "--reach", aliases = "-r", description = "how to reach the volunteer (quote it)")
        String reach;

        @Option(name = "--for-child", description = "pseudonym of a child the volunteer came forward for (Einzelvormund)")
        @Completion(Completers.ChildIds.class)
        String forChild;

        @Option(name = "--recheck-due", description = "date of the next suitability re-check, e.g. 2027-01-31")
        String recheckDue;

        VolunteerInput input(String name, Boolean unaccompaniedExperience) {
            return new VolunteerInput(name, reach, officeId, forChild, Args.list(languages), ageBand, unaccompaniedExperience,
                    municipality, travel, capacity, Args.date("--recheck-due", recheckDue));
        }
    }

    @Command(scope = "vormundschaft", name = "volunteer-add", description = "Records a new volunteer (stage ENQUIRY)")
    @Service
    @Roles("coordinator")
    public static final class AddVolunteer extends VolunteerOptions {
        @Argument(index = 0, name = "name", required = true, description = "the volunteer's name (quote it)")
        String name;

        @Override
        protected void doExecute(Caller caller) {
            Volunteer v = office.createVolunteer(caller, tenant(caller), input(name, unaccompanied));
            System.out.println("Volunteer " + v.id() + " (" + v.name() + ") recorded, stage " + v.stage());
        }
    }

    @Command(scope = "vormundschaft", name = "volunteer-update", description = "Changes the given fields of a volunteer")
    @Service
    @Roles("coordinator")
    public static final class UpdateVolunteer extends VolunteerOptions {
        @Argument(index = 0, name = "id", required = true)
        @Completion(Completers.VolunteerIds.class)
        String id;

        @Option(name = "--name", aliases = "-n", description = "new name (quote it)")
        String name;

        @Option(name = "--no-unaccompanied", description = "has no experience with unaccompanied minors")
        boolean notUnaccompanied;

        @Override
        protected void doExecute(Caller caller) {
            if (unaccompanied && notUnaccompanied) {
                throw IkzException.invalid("--unaccompanied", "give --unaccompanied or --no-unaccompanied, not both");
            }
            Boolean experience = unaccompanied ? Boolean.TRUE : notUnaccompanied ? Boolean.FALSE : null;
            Volunteer v = office.updateVolunteer(caller, tenant(caller), id, input(name, experience));
            System.out.println("Volunteer " + v.id() + " changed");
            ShowVolunteer.details(v);
        }
    }

    @Command(scope = "vormundschaft", name = "volunteer-show", description = "Shows a volunteer with stage history and training")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ShowVolunteer extends VmAction {
        @Reference
        Volunteers office;

        @Argument(index = 0, name = "id", required = true)
        @Completion(Completers.VolunteerIds.class)
        String id;

        @Override
        protected void doExecute(Caller caller) {
            String t = tenant(caller);
            Volunteer v = office.volunteer(caller, t, id);
            details(v);
            System.out.println("Stage history:");
            Table table = Table.of("On", "From", "To", "By", "Note");
            for (StageChange c : office.stageHistory(caller, t, id)) {
                table.row(c.on(), Table.text(c.from()), c.to(), Table.text(c.by()), Table.text(c.note()));
            }
            table.print(System.out);
        }

        static void details(Volunteer v) {
            System.out.println(v.name() + "  [" + v.id() + "]");
            System.out.println("Stage:        " + v.stage() + " since " + Table.text(v.stageSince()));
            System.out.println("Office:       " + Table.text(v.office()));
            System.out.println("Reach:        " + Table.text(v.reach()));
            System.out.println("Languages:    " + Table.text(v.languages()));
            System.out.println("Age band:     " + Table.text(v.ageBand()));
            System.out.println("Unaccompanied minors experience: " + Table.text(v.unaccompaniedExperience()));
            System.out.println("Municipality: " + Table.text(v.municipality()) + ", travels: " + Table.text(v.travel()));
            System.out.println("Capacity:     " + v.capacity() + " (active " + v.active() + ", free " + v.free() + ")");
            System.out.println("For child:    " + Table.text(v.forChild()));
            System.out.println("Conduct cert: " + (v.conductSeen() == null ? "-"
                    : "seen " + v.conductSeen() + ", " + (Boolean.TRUE.equals(v.conductClear()) ? "clear" : "NOT clear")));
            System.out.println("Re-check due: " + Table.text(v.recheckDue()));
            System.out.println("Training:     " + (v.trainingComplete() ? "complete" : "incomplete") + "; completed: "
                    + Table.text(v.completedModules()) + "; missing: " + Table.text(v.missingModules()));
            System.out.println("Recorded on:  " + Table.text(v.createdOn()));
        }
    }

    @Command(scope = "vormundschaft", name = "volunteer-move", description = "Moves a volunteer to another pipeline stage")
    @Service
    @Roles("coordinator")
    public static final class MoveVolunteer extends VmAction {
        @Reference
        Volunteers office;

        @Argument(index = 0, name = "id", required = true)
        @Completion(Completers.VolunteerIds.class)
        String id;

        @Argument(index = 1, name = "stage", required = true, description = "e.g. APPLICATION, POOL, RESTING, LEFT")
        @Completion(Completers.Stages.class)
        String stage;

        @Option(name = "--on", description = "day of the move (YYYY-MM-DD), default today")
        String on;

        @Option(name = "--note", description = "why (quote it)")
        String note;

        @Override
        protected void doExecute(Caller caller) {
            Volunteer v = office.moveVolunteer(caller, tenant(caller), id, Args.stage("stage", stage), Args.date("--on", on), note);
            System.out.println("Volunteer " + v.id() + " now in stage " + v.stage() + " since " + v.stageSince());
        }
    }

    @Command(scope = "vormundschaft", name = "conduct-check", description = "Records the certificate of good conduct as seen (date and result only)")
    @Service
    @Roles("coordinator")
    public static final class RecordConductCheck extends VmAction {
        @Reference
        Volunteers office;

        @Argument(index = 0, name = "id", required = true)
        @Completion(Completers.VolunteerIds.class)
        String id;

        @Argument(index = 1, name = "seen-date", required = true, description = "day the certificate was seen (YYYY-MM-DD)")
        String seen;

        @Option(name = "--not-clear", description = "the certificate has entries")
        boolean notClear;

        @Override
        protected void doExecute(Caller caller) {
            Volunteer v = office.recordConductCheck(caller, tenant(caller), id, Args.date("seen-date", seen), !notClear);
            System.out.println("Certificate of good conduct of " + v.id() + " seen " + v.conductSeen() + ": "
                    + (Boolean.TRUE.equals(v.conductClear()) ? "clear" : "NOT clear"));
        }
    }
}
