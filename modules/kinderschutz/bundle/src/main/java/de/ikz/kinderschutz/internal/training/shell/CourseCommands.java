package de.ikz.kinderschutz.internal.training.shell;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.shell.ModuleCommand;
import de.ikz.kinderschutz.internal.training.Course;
import de.ikz.kinderschutz.internal.training.Registration;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.kit.text.GermanFormat;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Courses on the console (scope {@code kinderschutz}). */
public final class CourseCommands {

    private CourseCommands() {
    }

    @Command(scope = "kinderschutz", name = "course-list", description = "Lists the courses for professionals")
    @Service
    @Roles({"coordinator", "member-contact", "trainer", "auditor"})
    @ReadOnly
    public static final class ListCourses extends ModuleCommand {
        @Reference
        TrainingService training;

        @Override
        protected void doExecute(Caller caller) {
            Table t = Table.of("Id", "Beginn", "Fortbildung", "Plätze", "Stunden");
            for (Course c : training.courses(caller, tenant(caller))) {
                t.row(c.id(), GermanFormat.date(c.dates().get(0).start().toLocalDate()), c.title(), c.capacity(), GermanFormat.number(c.hours()));
            }
            t.print(System.out);
        }
    }

    @Command(scope = "kinderschutz", name = "course-registrations", description = "Lists a course's registrations and waiting list")
    @Service
    @Roles({"coordinator", "member-contact", "trainer", "auditor"})
    @ReadOnly
    public static final class Registrations extends ModuleCommand {
        @Reference
        TrainingService training;

        @Argument(index = 0, name = "course", required = true, description = "the course id")
        String course;

        @Override
        protected void doExecute(Caller caller) {
            Table t = Table.of("Id", "Name", "Einrichtung", "Stand", "Warteplatz", "Anwesend");
            for (Registration r : training.registrations(caller, tenant(caller), course)) {
                t.row(r.id(), r.personName(), r.institutionId(), r.state().label(), r.waitingPosition() == 0 ? "-" : r.waitingPosition(),
                        r.present().size());
            }
            t.print(System.out);
        }
    }
}
