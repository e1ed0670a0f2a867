package de.ikz.shell.internal;

import java.util.List;

import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.tenant.UserService;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completers backed by the live services. */
final class Completers {

    private Completers() {
    }

    static int complete(Session session, CommandLine commandLine, List<String> candidates, List<String> values) {
        return new StringsCompleter(values).complete(session, commandLine, candidates);
    }

    @Service
    public static final class TenantIds implements Completer {
        @Reference
        TenantService tenants;

        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return Completers.complete(session, commandLine, candidates,
                    tenants.list(Caller.system("completion")).stream().map(Tenant::id).toList());
        }
    }

    @Service
    public static final class Usernames implements Completer {
        @Reference
        UserService users;

        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return Completers.complete(session, commandLine, candidates,
                    users.list(Caller.system("completion")).stream().map(UserAccount::username).toList());
        }
    }

    @Service
    public static final class ModuleIds implements Completer {
        @Reference
        ModuleRegistry registry;

        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return Completers.complete(session, commandLine, candidates,
                    registry.modules().stream().map(ModuleInfo::id).toList());
        }
    }

    @Service
    public static final class Roles implements Completer {
        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return Completers.complete(session, commandLine, candidates,
                    List.of("platform-admin", "tenant-admin", "coordinator", "partner-staff", "auditor"));
        }
    }
}
