package de.ikz.vormundschaft.internal.shell;

import java.security.AccessController;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.security.auth.Subject;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.UserService;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * Base of the vormundschaft commands (the module cannot use the core shell bundle's classes). The
 * caller is the console session's JAAS user; it works in its own tenant, a platform admin names
 * one with {@code --tenant}. A refusal is printed as {@code Error in <field>: <reason>} (or
 * {@code Error: <reason>}) and has changed nothing.
 */
abstract class VmAction implements Action {

    @Reference
    UserService userService;

    @Option(name = "--tenant", aliases = "-t", description = "tenant id (platform admins; others work in their own tenant)")
    String tenant;

    @Override
    public final Object execute() throws Exception {
        try {
            doExecute(sessionCaller(userService));
        } catch (IkzException e) {
            System.err.println(message(e));
        }
        return null;
    }

    protected abstract void doExecute(Caller caller) throws Exception;

    /** The tenant this command works in; another tenant than the user's own is "not found". */
    protected String tenant(Caller caller) {
        return caller.tenantFor(tenant);
    }

    static String message(IkzException e) {
        return "Error" + (e.field() == null ? "" : " in " + e.field()) + ": " + e.getMessage();
    }

    /** The caller of the current console session (also for completers). */
    @SuppressWarnings("removal")
    static Caller sessionCaller(UserService userService) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            throw new IkzException(IkzException.Kind.UNAUTHENTICATED, "no authenticated console user");
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().findFirst().map(UserPrincipal::getName)
                .orElse("console");
        Set<String> roles = new LinkedHashSet<>();
        subject.getPrincipals(RolePrincipal.class).forEach(r -> roles.add(r.getName()));
        return userService.callerFrom(user, roles, "console");
    }
}
