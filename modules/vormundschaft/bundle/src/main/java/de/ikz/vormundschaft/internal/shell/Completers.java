package de.ikz.vormundschaft.internal.shell;

import java.util.Arrays;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.TenantCompleter;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Volunteers;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completers backed by the live service, asked as the console session's caller in the tenant named
 * by {@code --tenant} on the line or else the caller's own ({@link TenantCompleter}). A caller the
 * service refuses gets no candidates.
 */
final class Completers {

    private Completers() {
    }

    @Service
    public static final class VolunteerIds extends TenantCompleter {
        @Reference
        Volunteers office;

        @Override
        protected List<String> values(Caller caller, String tenantId) {
            return office.volunteers(caller, tenantId, null).stream().map(v -> v.id()).toList();
        }
    }

    @Service
    public static final class ChildIds extends TenantCompleter {
        @Reference
        Cases office;

        @Override
        protected List<String> values(Caller caller, String tenantId) {
            return office.children(caller, tenantId).stream().map(c -> c.id()).toList();
        }
    }

    @Service
    public static final class CourseIds extends TenantCompleter {
        @Reference
        Training office;

        @Override
        protected List<String> values(Caller caller, String tenantId) {
            return office.courses(caller, tenantId).stream().map(c -> c.id()).toList();
        }
    }

    @Service
    public static final class AppointmentIds extends TenantCompleter {
        @Reference
        Appointments office;

        @Override
        protected List<String> values(Caller caller, String tenantId) {
            return office.appointments(caller, tenantId, null).stream().map(a -> a.id()).toList();
        }
    }

    /** The training catalogue (the same in every tenant, no personal data). */
    @Service
    public static final class ModuleIds implements Completer {
        @Reference
        Training office;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return new StringsCompleter(office.trainingModules().stream().map(m -> m.id()).toList())
                    .complete(session, line, candidates);
        }
    }

    @Service
    public static final class Stages implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return new StringsCompleter(Arrays.stream(VolunteerStage.values()).map(Enum::name).toList())
                    .complete(session, line, candidates);
        }
    }
}
