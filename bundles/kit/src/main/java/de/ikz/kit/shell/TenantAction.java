package de.ikz.kit.shell;

import de.ikz.api.tenant.Caller;

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;

/**
 * A command that works in one tenant: the console user's own, or for a platform admin (who has
 * none) the one named with {@code --tenant}. Another tenant than the user's own is "not found".
 * Karaf reads the option from this superclass too; its completion is {@link TenantIds}.
 */
public abstract class TenantAction extends ConsoleAction {

    @Option(name = "--tenant", aliases = "-t", description = "tenant id (platform admins; others work in their own tenant)")
    @Completion(TenantIds.class)
    protected String tenant;

    /** The tenant this command works in; refused (field {@code tenant}) for a platform admin who named none. */
    protected String tenant(Caller caller) {
        return caller.tenantFor(tenant);
    }

    /** For tests: as if {@code --tenant id} had been given. */
    public TenantAction withTenant(String id) {
        this.tenant = id;
        return this;
    }
}
