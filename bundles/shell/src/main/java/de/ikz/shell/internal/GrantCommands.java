package de.ikz.shell.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.RoleGrant;
import de.ikz.api.tenant.RoleGrantService;
import de.ikz.kit.shell.ConsoleAction;
import de.ikz.kit.shell.Table;
import de.ikz.kit.shell.TenantIds;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Four-eyes grants of case access, the console side of {@code /grants}. A grant is confirmed by a
 * second tenant admin of the user's tenant, never by a platform admin: on the operator's console
 * (platform admins) {@code grant-confirm} is therefore always refused; tenant admins confirm over
 * REST. Listing, requesting and rejecting work here.
 */
final class GrantCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private GrantCommands() {
    }

    static void print(RoleGrant g) {
        System.out.println("Grant " + g.id() + " (" + g.tenantId() + "): " + g.username() + " " + String.join(" ", g.roles())
                + " is " + g.state().name().toLowerCase(Locale.ROOT));
    }

    @Command(scope = "ikz", name = "grant-list", description = "Lists grants of case access (admins and auditors: the tenant's; "
            + "others: their own)")
    @Service
    public static final class ListGrants extends ConsoleAction {
        @Reference
        RoleGrantService grants;

        @Option(name = "--tenant", aliases = "-t", description = "tenant id (platform admin)")
        @Completion(TenantIds.class)
        String tenant;

        @Option(name = "--user", aliases = "-u", description = "only this user's grants")
        @Completion(Completers.Usernames.class)
        String user;

        @Option(name = "--state", aliases = "-s", description = "PENDING, CONFIRMED or REJECTED")
        String state;

        @Override
        protected void doExecute(Caller caller) {
            Optional<RoleGrant.State> st = RoleGrant.State.parse("state", state);
            Table table = Table.of("Id", "User", "Roles", "State", "Requested by", "Requested", "Decided by");
            for (RoleGrant g : grants.list(caller, tenant, Optional.ofNullable(user), st)) {
                table.row(g.id(), g.username(), String.join(" ", g.roles()), g.state().name(), g.requestedBy(),
                        TIME.format(g.requestedAt()), g.decidedBy().orElse("-"));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "ikz", name = "grant-request", description = "Asks for case access for an existing user; a second "
            + "tenant admin confirms it")
    @Service
    public static final class RequestGrant extends ConsoleAction {
        @Reference
        RoleGrantService grants;

        @Option(name = "--role", aliases = "-r", multiValued = true, description = "partner-staff or coordinator (repeatable)")
        @Completion(Completers.Roles.class)
        List<String> roles;

        @Option(name = "--participant", aliases = "-p", description = "participant id (partner staff)")
        String participant;

        @Option(name = "--module", aliases = "-m", multiValued = true, description = "module id (coordinator; repeatable)")
        @Completion(Completers.ModuleIds.class)
        List<String> modules;

        @Option(name = "--module-role", multiValued = true, description = "a live module's own role with case access, "
                + "<module>.<role> (e.g. fruehehilfen.professional; repeatable)")
        @Completion(Completers.ModuleRoles.class)
        List<String> moduleRoles;

        @Option(name = "--reason", description = "why")
        String reason;

        @Argument(index = 0, name = "username", required = true)
        @Completion(Completers.Usernames.class)
        String username;

        @Override
        protected void doExecute(Caller caller) {
            RoleGrant g = grants.request(caller, username, PlatformRole.parseAll("roles", roles), Optional.ofNullable(participant),
                    modules == null ? Set.of() : Set.copyOf(modules), moduleRoles == null ? Set.of() : Set.copyOf(moduleRoles),
                    reason);
            print(g);
            System.out.println("A second tenant admin of '" + g.tenantId() + "' confirms it: POST /api/v1/grants/" + g.id() + "/confirm");
        }
    }

    /** What confirming and rejecting share: the grant, its tenant (platform admin) and a note for the access log. */
    abstract static class Decide extends ConsoleAction {
        @Reference
        RoleGrantService grants;

        @Option(name = "--tenant", aliases = "-t", description = "tenant id (platform admin)")
        @Completion(TenantIds.class)
        String tenant;

        @Option(name = "--note", description = "why, for the access log")
        String note;

        @Argument(index = 0, name = "id", required = true)
        String id;
    }

    @Command(scope = "ikz", name = "grant-confirm", description = "Confirms a pending grant of case access (a second tenant admin "
            + "of the user's tenant; never a platform admin, never the requester or the user)")
    @Service
    public static final class ConfirmGrant extends Decide {
        @Override
        protected void doExecute(Caller caller) {
            print(grants.confirm(caller, tenant, id, note));
        }
    }

    @Command(scope = "ikz", name = "grant-reject", description = "Rejects a pending grant of case access (an admin of the tenant, "
            + "or its requester)")
    @Service
    public static final class RejectGrant extends Decide {
        @Override
        protected void doExecute(Caller caller) {
            print(grants.reject(caller, tenant, id, note));
        }
    }
}
