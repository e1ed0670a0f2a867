package de.ikz.vormundschaft.internal.shell;

import de.ikz.vormundschaft.internal.VormundschaftModule;

import de.ikz.kit.shell.ModuleAction;

/**
 * Base of the vormundschaft commands: the kit's {@link ModuleAction} (session caller, {@code --tenant},
 * refusals as {@code Error in <field>: <reason>}, the platform's role rule on each command's
 * {@code @Roles}) for this module's roles.
 */
abstract class VmAction extends ModuleAction {

    @Override
    protected final String moduleId() {
        return VormundschaftModule.ID;
    }
}
