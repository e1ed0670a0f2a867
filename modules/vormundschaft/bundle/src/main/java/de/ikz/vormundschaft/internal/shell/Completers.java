package de.ikz.vormundschaft.internal.shell;

import java.util.Arrays;
import java.util.List;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.UserService;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completers backed by the live service, in the tenant named by --tenant on the line or else the
 * console user's. A caller who may not read gets no candidates.
 */
final class Completers {

    private Completers() {
    }

    static int complete(Session session, CommandLine line, List<String> candidates, List<String> values) {
        return new StringsCompleter(values).complete(session, line, candidates);
    }

    /** The value of an option on the line being completed, or null. */
    static String option(String[] args, String name, String alias) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name) || args[i].equals(alias)) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** Base of the completers that ask the service in a tenant. */
    abstract static class TenantCompleter implements Completer {
        @Reference
        CoordinationOffice office;

        @Reference
        UserService users;

        abstract List<String> values(Caller caller, String tenantId);

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            List<String> values;
            try {
                Caller c = VmAction.sessionCaller(users);
                values = values(c, c.tenantFor(option(line.getArguments(), "--tenant", "-t")));
            } catch (IkzException e) {
                return -1;
            }
            return Completers.complete(session, line, candidates, values);
        }
    }

    @Service
    public static final class VolunteerIds extends TenantCompleter {
        @Override
        List<String> values(Caller caller, String tenantId) {
            return office.volunteers(caller, tenantId, null).stream().map(CoordinationOffice.Volunteer::id).toList();
        }
    }

    @Service
    public static final class ChildIds extends TenantCompleter {
        @Override
        List<String> values(Caller caller, String tenantId) {
            return office.children(caller, tenantId).stream().map(CoordinationOffice.Child::id).toList();
        }
    }

    @Service
    public static final class CourseIds extends TenantCompleter {
        @Override
        List<String> values(Caller caller, String tenantId) {
            return office.courses(caller, tenantId).stream().map(CoordinationOffice.Course::id).toList();
        }
    }

    @Service
    public static final class AppointmentIds extends TenantCompleter {
        @Override
        List<String> values(Caller caller, String tenantId) {
            return office.appointments(caller, tenantId, null).stream().map(CoordinationOffice.Appointment::id).toList();
        }
    }

    /** The training catalogue (the same in every tenant). */
    @Service
    public static final class ModuleIds implements Completer {
        @Reference
        CoordinationOffice office;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    office.trainingModules().stream().map(CoordinationOffice.TrainingModule::id).toList());
        }
    }

    @Service
    public static final class Stages implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    Arrays.stream(VolunteerStage.values()).map(Enum::name).toList());
        }
    }
}
