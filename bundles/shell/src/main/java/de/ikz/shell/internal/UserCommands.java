package de.ikz.shell.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.UserAccount;
import de.ikz.kit.shell.ConsoleAction;
import de.ikz.kit.shell.Table;
import de.ikz.kit.shell.TenantIds;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;

final class UserCommands {

    private UserCommands() {
    }

    @Command(scope = "ikz", name = "user-list", description = "Lists users (platform admin: all; tenant admin or auditor: own tenant)")
    @Service
    public static final class ListUsers extends ConsoleAction {
        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("User", "Tenant", "Roles", "Participant", "Modules", "Module roles");
            for (UserAccount u : userService.list(caller)) {
                table.row(u.username(), u.tenantId().orElse("-"),
                        u.roles().stream().map(PlatformRole::shortName).sorted().collect(Collectors.joining(",")),
                        u.participantId().orElse("-"), String.join(",", u.modules()),
                        u.moduleRoles().isEmpty() ? "-" : u.moduleRoles().stream().sorted().collect(Collectors.joining(",")));
            }
            table.print(System.out);
        }
    }

    /** The session's prompt, or null when the command runs without a terminal. */
    static PasswordInput.Prompt prompt(Session session) {
        return session == null || session.getTerminal() == null ? null : session::readLine;
    }

    @Command(scope = "ikz", name = "user-create", description = "Creates a user; the password is asked with hidden input "
            + "(twice) or read from the first line of --password-file, never given as an argument")
    @Service
    public static final class CreateUser extends ConsoleAction {
        @Argument(index = 0, name = "username", required = true)
        String username;

        @Option(name = "--password-file", description = "read the password (at least 12 characters) from the first line of this file")
        @Completion(FileCompleter.class)
        String passwordFile;

        @Reference(optional = true)
        Session session;

        @Option(name = "--tenant", aliases = "-t", description = "tenant id (required except for platform admins)")
        @Completion(TenantIds.class)
        String tenant;

        @Option(name = "--role", aliases = "-r", multiValued = true,
                description = "platform-admin, tenant-admin, coordinator, partner-staff, auditor (repeatable; a user of a tenant "
                        + "may instead hold only --module-role)")
        @Completion(Completers.Roles.class)
        List<String> roles;

        @Option(name = "--participant", aliases = "-p", description = "participant id (partner staff)")
        String participant;

        @Option(name = "--module", aliases = "-m", multiValued = true, description = "module id (coordinator; repeatable)")
        @Completion(Completers.ModuleIds.class)
        List<String> modules;

        @Option(name = "--module-role", multiValued = true, description = "a live module's own role, <module>.<role> (e.g. "
                + "fruehehilfen.professional; repeatable); one with case access waits for a second tenant admin's confirmation")
        @Completion(Completers.ModuleRoles.class)
        List<String> moduleRoles;

        @Override
        protected void doExecute(Caller caller) {
            Set<PlatformRole> parsed = PlatformRole.parseAll("role", roles);
            String password = PasswordInput.read(passwordFile, "password", prompt(session), "Password for " + username + ": ", true);
            UserAccount u = userService.create(caller, username, password, Optional.ofNullable(tenant), parsed,
                    Optional.ofNullable(participant), modules == null ? Set.of() : Set.copyOf(modules),
                    moduleRoles == null ? Set.of() : Set.copyOf(moduleRoles));
            System.out.println("User " + u.username() + " created");
        }
    }

    @Command(scope = "ikz", name = "user-password", description = "Changes your own password (asks for the current one) "
            + "or, as an admin, resets another user's (who must change it at the next login). Passwords are asked with "
            + "hidden input or read from files, never given as arguments")
    @Service
    public static final class SetPassword extends ConsoleAction {
        @Argument(index = 0, name = "username", required = false, description = "whose password (default: your own)")
        @Completion(Completers.Usernames.class)
        String username;

        @Option(name = "--password-file", description = "read the new password from the first line of this file")
        @Completion(FileCompleter.class)
        String passwordFile;

        @Option(name = "--current-password-file", description = "own change: read the current password from the first line of this file")
        @Completion(FileCompleter.class)
        String currentPasswordFile;

        @Reference(optional = true)
        Session session;

        @Override
        protected void doExecute(Caller caller) {
            String user = username == null ? caller.user() : username;
            boolean own = user.equals(caller.user());
            String current = own
                    ? PasswordInput.read(currentPasswordFile, "currentPassword", prompt(session), "Current password: ", false)
                    : null;
            String password = PasswordInput.read(passwordFile, "password", prompt(session), "New password for " + user + ": ", true);
            userService.setPassword(caller, user, current, password);
            System.out.println(own ? "Password of " + user + " changed"
                    : "Password of " + user + " reset; " + user + " must change it at the next login");
        }
    }

    @Command(scope = "ikz", name = "user-delete", description = "Deletes a user")
    @Service
    public static final class DeleteUser extends ConsoleAction {
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
