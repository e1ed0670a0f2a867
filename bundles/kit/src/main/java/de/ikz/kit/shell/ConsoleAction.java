package de.ikz.kit.shell;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.UserService;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * Base of every console command, core and module. The caller is the console session's JAAS user
 * ({@link SessionCaller}). A refusal is printed to {@code System.err} as
 * {@code Error in <field>: <reason>} (or {@code Error: <reason>}) and has changed nothing: an
 * {@link IkzException}, an {@link UnsupportedOperationException} (a user realm managed elsewhere)
 * or an {@link IllegalArgumentException}. Anything else is a bug and reaches Karaf unchanged.
 * <p>
 * Core commands (platform and tenant administration) extend this class or {@link TenantAction} and
 * leave the rights to their services; module commands extend {@link ModuleAction}, which also
 * enforces the module's {@code @Roles}.
 */
public abstract class ConsoleAction implements Action {

    @Reference
    protected UserService userService;

    @Override
    public final Object execute() throws Exception {
        try {
            Caller caller = SessionCaller.of(userService);
            permit(caller);
            doExecute(caller);
        } catch (IkzException e) {
            System.err.println(SessionCaller.message(e));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
        }
        return null;
    }

    /** Throws to refuse the caller before the command does anything; the default lets everybody through. */
    protected void permit(Caller caller) {
    }

    protected abstract void doExecute(Caller caller) throws Exception;

    /** For tests (Karaf injects the field in the container). */
    public ConsoleAction userService(UserService users) {
        this.userService = users;
        return this;
    }
}
