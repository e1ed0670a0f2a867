package de.ikz.vormundschaft.internal.shell;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Training.CourseInput;
import de.ikz.vormundschaft.internal.service.Training.Registration;
import de.ikz.vormundschaft.internal.service.Training.TrainingModule;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** The training catalogue, course dates, registrations and attendance. */
final class TrainingCommands {

    private TrainingCommands() {
    }

    static void print(Course c) {
        System.out.println("Course " + c.id() + ": " + c.module() + " (" + Table.text(c.title()) + ") on " + c.date() + " at "
                + Table.text(c.place()) + ", " + c.registrations().size() + "/" + c.seats() + " seats taken");
        Table table = Table.of("Volunteer", "Attended");
        for (Registration r : c.registrations()) {
            table.row(r.volunteerId(), r.attended() == null ? "not recorded" : Table.text(r.attended()));
        }
        table.print(System.out);
    }

    @Command(scope = "vormundschaft", name = "training-modules", description = "Lists the training catalogue")
    @Service
    @Roles({"coordinator", "auditor", "partner-staff", "tenant-admin", "platform-admin"})
    @ReadOnly
    public static final class Modules extends VmAction {
        @Reference
        Training office;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Title", "Required");
            for (TrainingModule m : office.trainingModules()) {
                table.row(m.id(), m.title(), Table.text(m.required()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "course-list", description = "Lists the course dates")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ListCourses extends VmAction {
        @Reference
        Training office;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Module", "Date", "Place", "Registered/Seats", "Attended");
            for (Course c : office.courses(caller, tenant(caller))) {
                long attended = c.registrations().stream().filter(r -> Boolean.TRUE.equals(r.attended())).count();
                table.row(c.id(), c.module(), c.date(), Table.text(c.place()),
                        c.registrations().size() + "/" + c.seats(), attended);
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "course-add", description = "Schedules a course date of a training module")
    @Service
    @Roles("coordinator")
    public static final class AddCourse extends VmAction {
        @Reference
        Training office;

        @Argument(index = 0, name = "module", required = true)
        @Completion(Completers.ModuleIds.class)
        String module;

        @Argument(index = 1, name = "date", required = true, description = "YYYY-MM-DD")
        String date;

        @Option(name = "--place", aliases = "-p", description = "where (quote it)")
        String place;

        @Option(name = "--seats", description = "number of seats")
        Integer seats;

        @Override
        protected void doExecute(Caller caller) {
            print(office.createCourse(caller, tenant(caller), new CourseInput(module, Args.date("date", date), place, seats)));
        }
    }

    @Command(scope = "vormundschaft", name = "course-register", description = "Registers a volunteer for a course")
    @Service
    @Roles("coordinator")
    public static final class Register extends VmAction {
        @Reference
        Training office;

        @Argument(index = 0, name = "course", required = true)
        @Completion(Completers.CourseIds.class)
        String course;

        @Argument(index = 1, name = "volunteer", required = true)
        @Completion(Completers.VolunteerIds.class)
        String volunteer;

        @Override
        protected void doExecute(Caller caller) {
            print(office.register(caller, tenant(caller), course, volunteer));
        }
    }

    @Command(scope = "vormundschaft", name = "course-attendance", description = "Records whether a registered volunteer attended")
    @Service
    @Roles("coordinator")
    public static final class Attendance extends VmAction {
        @Reference
        Training office;

        @Argument(index = 0, name = "course", required = true)
        @Completion(Completers.CourseIds.class)
        String course;

        @Argument(index = 1, name = "volunteer", required = true)
        @Completion(Completers.VolunteerIds.class)
        String volunteer;

        @Option(name = "--absent", description = "the volunteer did not attend")
        boolean absent;

        @Override
        protected void doExecute(Caller caller) {
            print(office.recordAttendance(caller, tenant(caller), course, volunteer, !absent));
        }
    }
}
