package de.ikz.vormundschaft.internal.shell;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Course;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.CourseInput;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Registration;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.TrainingModule;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** The training catalogue, course dates, registrations and attendance. */
final class TrainingCommands {

    private TrainingCommands() {
    }

    static void print(Course c) {
        System.out.println("Course " + c.id() + ": " + c.module() + " (" + Out.text(c.title()) + ") on " + c.date() + " at "
                + Out.text(c.place()) + ", " + c.registrations().size() + "/" + c.seats() + " seats taken");
        ShellTable table = Out.table("Volunteer", "Attended");
        for (Registration r : c.registrations()) {
            table.addRow().addContent(r.volunteerId(), r.attended() == null ? "not recorded" : Out.text(r.attended()));
        }
        table.print(System.out);
    }

    @Command(scope = "vormundschaft", name = "training-modules", description = "Lists the training catalogue")
    @Service
    public static final class Modules extends VmAction {
        @Reference
        CoordinationOffice office;

        @Override
        protected void doExecute(Caller caller) {
            ShellTable table = Out.table("Id", "Title", "Required");
            for (TrainingModule m : office.trainingModules()) {
                table.addRow().addContent(m.id(), m.title(), Out.text(m.required()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "course-list", description = "Lists the course dates")
    @Service
    public static final class ListCourses extends VmAction {
        @Reference
        CoordinationOffice office;

        @Override
        protected void doExecute(Caller caller) {
            ShellTable table = Out.table("Id", "Module", "Date", "Place", "Registered/Seats", "Attended");
            for (Course c : office.courses(caller, tenant(caller))) {
                long attended = c.registrations().stream().filter(r -> Boolean.TRUE.equals(r.attended())).count();
                table.addRow().addContent(c.id(), c.module(), c.date(), Out.text(c.place()),
                        c.registrations().size() + "/" + c.seats(), attended);
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "course-add", description = "Schedules a course date of a training module")
    @Service
    public static final class AddCourse extends VmAction {
        @Reference
        CoordinationOffice office;

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
    public static final class Register extends VmAction {
        @Reference
        CoordinationOffice office;

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
    public static final class Attendance extends VmAction {
        @Reference
        CoordinationOffice office;

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
