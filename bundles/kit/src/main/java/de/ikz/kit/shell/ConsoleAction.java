package de.ikz.kit.shell;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.UserService;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.CommandException;

/**
 * Base of every console command, core and module. The caller is the console session's JAAS user
 * ({@link SessionCaller}). A refusal has changed nothing and ends the command with Karaf's
 * {@link CommandException}, whose text is {@code Error in <field>: <reason>} (or {@code Error: <reason>}):
 * an {@link IkzException}, an {@link UnsupportedOperationException} (a user realm managed elsewhere)
 * or an {@link IllegalArgumentException}. Karaf's console prints that text as it is and logs nothing
 * above DEBUG; over ssh ({@code bin/client -b} in a script or cron job) the command then exits with
 * status 1, and a script of several lines stops there. Printed to {@code System.err} instead, as
 * before, a refusal reached nobody in batch mode and the command exited with 0: a nightly
 * {@code ikz:backup} into a folder that exists failed without a word. Anything else is a bug and
 * reaches Karaf unchanged ("Error executing command", logged at ERROR).
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
            throw refusal(SessionCaller.message(e), e);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw refusal("Error: " + e.getMessage(), e);
        }
        return null;
    }

    /** The refusal as Karaf shows it: {@code line} itself (its "nice help"), no "Error executing command" around it. */
    static CommandException refusal(String line, Exception cause) {
        return new CommandException(line, line, cause);
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
