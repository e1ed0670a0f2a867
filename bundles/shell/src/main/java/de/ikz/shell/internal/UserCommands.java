package de.ikz.shell.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.UserAccount;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

final class UserCommands {

    private UserCommands() {
    }

    @Command(scope = "ikz", name = "user-list", description = "Lists users (platform admin: all; tenant admin or auditor: own tenant)")
    @Service
    public static final class ListUsers extends IkzAction {
        @Override
        protected void doExecute(Caller caller) {
            ShellTable table = new ShellTable();
            table.column("User");
            table.column("Tenant");
            table.column("Roles");
            table.column("Participant");
            table.column("Modules");
            for (UserAccount u : userService.list(caller)) {
                table.addRow().addContent(u.username(), u.tenantId().orElse("-"),
                        u.roles().stream().map(PlatformRole::shortName).sorted().collect(Collectors.joining(",")),
                        u.participantId().orElse("-"), String.join(",", u.modules()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "ikz", name = "user-create", description = "Creates a user")
    @Service
    public static final class CreateUser extends IkzAction {
        @Argument(index = 0, name = "username", required = true)
        String username;

        @Argument(index = 1, name = "password", required = true, description = "at least 12 characters")
        String password;

        @Option(name = "--tenant", aliases = "-t", description = "tenant id (required except for platform admins)")
        @Completion(Completers.TenantIds.class)
        String tenant;

        @Option(name = "--role", aliases = "-r", multiValued = true, required = true,
                description = "platform-admin, tenant-admin, coordinator, partner-staff, auditor (repeatable)")
        @Completion(Completers.Roles.class)
        List<String> roles;

        @Option(name = "--participant", aliases = "-p", description = "participant id (partner staff)")
        String participant;

        @Option(name = "--module", aliases = "-m", multiValued = true, description = "module id (coordinator; repeatable)")
        @Completion(Completers.ModuleIds.class)
        List<String> modules;

        @Override
        protected void doExecute(Caller caller) {
            Set<PlatformRole> parsed = new LinkedHashSet<>();
            for (String r : roles) {
                parsed.add(PlatformRole.parse(r).orElseThrow(() -> IkzException.invalid("role", "unknown role '" + r + "'")));
            }
            UserAccount u = userService.create(caller, username, password, Optional.ofNullable(tenant), parsed,
                    Optional.ofNullable(participant), modules == null ? Set.of() : Set.copyOf(modules));
            System.out.println("User " + u.username() + " created");
        }
    }

    @Command(scope = "ikz", name = "user-password", description = "Sets a user's password")
    @Service
    public static final class SetPassword extends IkzAction {
        @Argument(index = 0, name = "username", required = true)
        @Completion(Completers.Usernames.class)
        String username;

        @Argument(index = 1, name = "password", required = true, description = "at least 12 characters")
        String password;

        @Override
        protected void doExecute(Caller caller) {
            userService.setPassword(caller, username, password);
            System.out.println("Password of " + username + " changed");
        }
    }

    @Command(scope = "ikz", name = "user-delete", description = "Deletes a user")
    @Service
    public static final class DeleteUser extends IkzAction {
        @Argument(index = 0, name = "username", required = true)
        @Completion(Completers.Usernames.class)
        String username;

        @Override
        protected void doExecute(Caller caller) {
            userService.delete(caller, username);
            System.out.println("User " + username + " deleted");
        }
    }
}
