package de.ikz.shell.internal;

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
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * Base of the ikz commands: the caller is the console session's JAAS user (ssh login, or the
 * local console's {@code karaf.local.user} with {@code karaf.local.roles}); a refused request is
 * printed as {@code Error: <field>: <reason>} and changes nothing.
 */
abstract class IkzAction implements Action {

    @Reference
    UserService userService;

    @Override
    public final Object execute() throws Exception {
        try {
            doExecute(caller());
        } catch (IkzException e) {
            System.err.println("Error" + (e.field() == null ? "" : " in " + e.field()) + ": " + e.getMessage());
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
        }
        return null;
    }

    protected abstract void doExecute(Caller caller) throws Exception;

    protected Caller caller() {
        return sessionCaller(userService);
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
