package de.ikz.shell.internal;

import java.util.List;

import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.UserAccount;
import de.ikz.kit.shell.SessionCompleter;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completers backed by the live services, asked as the console session's caller (never as
 * {@code Caller.system}): a user is offered only what the services show that user. Tenant ids
 * complete with the kit's {@link de.ikz.kit.shell.TenantIds}.
 */
final class Completers {

    private Completers() {
    }

    static int complete(Session session, CommandLine commandLine, List<String> candidates, List<String> values) {
        return new StringsCompleter(values).complete(session, commandLine, candidates);
    }

    /**
     * User names the session's caller may list: a platform admin all, or those of the tenant named
     * with {@code --tenant} on the line; a tenant admin or auditor those of the own tenant.
     */
    @Service
    public static final class Usernames extends SessionCompleter {
        @Override
        protected List<String> values(Caller caller, CommandLine line) {
            String tenant = option(line, "--tenant", "-t");
            return userService.list(caller).stream()
                    .filter(u -> tenant == null || !caller.isPlatformAdmin() || u.tenantId().map(tenant::equals).orElse(false))
                    .map(UserAccount::username).toList();
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

    /** The module roles live modules declare of their own: {@code <module>.<role>}. */
    @Service
    public static final class ModuleRoles implements Completer {
        @Reference
        ModuleRegistry registry;

        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return Completers.complete(session, commandLine, candidates, registry.modules().stream()
                    .flatMap(m -> m.roles().stream().map(de.ikz.api.module.RoleDefinition::id)
                            .filter(de.ikz.api.module.ModuleRoles::moduleSpecific)
                            .map(r -> de.ikz.api.tenant.Caller.moduleRole(m.id(), r)))
                    .sorted().toList());
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
