package de.ikz.kinderschutz.internal.shell;

import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kit.shell.ModuleAction;

/**
 * Base of the module's console commands (scope {@code kinderschutz}): the kit's {@link ModuleAction}
 * gives the session's caller, {@code --tenant}, {@code Error in <field>: <reason>} and refuses a
 * caller the command's {@code @Roles} do not let through (a command not marked {@code @ReadOnly}
 * counts as a change: the auditor never passes it). Commands live in {@code internal.<part>.shell}.
 */
public abstract class ModuleCommand extends ModuleAction {

    @Override
    protected final String moduleId() {
        return ModuleDefinition.ID;
    }
}
