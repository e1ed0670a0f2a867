package de.ikz.kit.shell;

import java.security.AccessController;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.security.auth.Subject;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.UserService;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The caller of the current console session, for commands and completers alike: the JAAS subject
 * Karaf runs the session under (ssh login, or the local console's {@code karaf.local.user} with
 * {@code karaf.local.roles}), mapped by the platform's {@link UserService}. Never
 * {@link Caller#system}: what the console shows is what the session's user may see.
 */
public final class SessionCaller {

    private SessionCaller() {
    }

    /** The session's caller; UNAUTHENTICATED when the code does not run inside a session's subject. */
    @SuppressWarnings("removal")
    public static Caller of(UserService users) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            throw new IkzException(IkzException.Kind.UNAUTHENTICATED, "no authenticated console user");
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().findFirst().map(UserPrincipal::getName)
                .orElse("console");
        Set<String> roles = new LinkedHashSet<>();
        subject.getPrincipals(RolePrincipal.class).forEach(r -> roles.add(r.getName()));
        return users.callerFrom(user, roles, "console");
    }

    /** How the console prints a refusal: {@code Error in <field>: <reason>}, or {@code Error: <reason>} without a field. */
    public static String message(IkzException e) {
        return "Error" + (e.field() == null ? "" : " in " + e.field()) + ": " + e.getMessage();
    }
}
