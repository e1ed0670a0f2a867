package de.ikz.shell.internal;

import de.ikz.kit.shell.ConsoleAction;

/**
 * The kit's {@link ConsoleAction} under its old name, kept only while {@code DemoCommand} still
 * extends it; new commands extend {@link ConsoleAction} or {@link de.ikz.kit.shell.TenantAction}.
 */
abstract class IkzAction extends ConsoleAction {
}
