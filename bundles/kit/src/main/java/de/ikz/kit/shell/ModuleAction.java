package de.ikz.kit.shell;

import java.util.List;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;

import org.apache.karaf.shell.api.action.Command;

/**
 * Base of a module's console commands. The platform's role rule is applied here, before the command
 * runs, so a module cannot forget it: the command class carries {@link Roles} (the module's role ids);
 * a class without it is refused to everybody, and a caller is let through only if
 * {@link ModuleRoles#permits}{@code (caller, moduleId(), changes, roles)}, where {@code changes} is
 * true unless the class is marked {@link ReadOnly}. Row-level rules stay with the module's service.
 * <p>
 * A module has one subclass that names it ({@code moduleId()}); its commands extend that.
 */
public abstract class ModuleAction extends TenantAction {

    /** The id of the module whose roles the command's {@link Roles} names. */
    protected abstract String moduleId();

    @Override
    protected final void permit(Caller caller) {
        check(getClass(), moduleId(), caller);
    }

    /** The role rule for a command class; throws FORBIDDEN (no field) when the caller may not run it. */
    public static void check(Class<?> command, String moduleId, Caller caller) {
        Roles roles = command.getAnnotation(Roles.class);
        String name = name(command);
        if (roles == null || roles.value().length == 0) {
            throw IkzException.forbidden(name + " declares no roles (@Roles): refused to everybody");
        }
        boolean changes = !command.isAnnotationPresent(ReadOnly.class);
        if (!ModuleRoles.permits(caller, moduleId, changes, roles.value())) {
            List<String> may = List.of(roles.value()).stream()
                    .filter(r -> !(changes && ModuleRoles.READ_ONLY.contains(r))).toList();
            throw IkzException.forbidden(name + " is for " + (may.isEmpty() ? "nobody" : String.join(", ", may))
                    + " of module " + moduleId);
        }
    }

    private static String name(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        return c == null ? command.getSimpleName() : c.scope() + ":" + c.name();
    }
}
