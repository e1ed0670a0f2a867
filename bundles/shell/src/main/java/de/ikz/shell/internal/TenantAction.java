package de.ikz.shell.internal;

import de.ikz.api.tenant.Caller;

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;

/**
 * A command that works in one tenant: the console user's own, or for a platform admin (who has
 * none) the one named with {@code --tenant}. Karaf reads the option from this superclass too.
 */
abstract class TenantAction extends IkzAction {

    @Option(name = "--tenant", aliases = "-t", description = "tenant id (platform admins; others work in their own tenant)")
    @Completion(Completers.TenantIds.class)
    String tenant;

    /** The tenant this command works in; another tenant than the user's own is "not found". */
    protected String tenant(Caller caller) {
        return caller.tenantFor(tenant);
    }
}
