package de.ikz.kit.shell;

import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;

/**
 * Tenant ids as the session's caller sees them: a platform admin all, everybody else only the own
 * tenant. The completion of {@link TenantAction}'s {@code --tenant}; a bundle that uses it lists
 * {@code de.ikz.kit.shell} in its {@code Karaf-Commands} header (each bundle registers its own
 * embedded copy in its own command registry).
 */
@Service
public final class TenantIds extends SessionCompleter {

    @Reference
    TenantService tenants;

    @Override
    protected List<String> values(Caller caller, CommandLine line) {
        return tenants.list(caller).stream().map(Tenant::id).toList();
    }

    /** For tests. */
    public TenantIds tenants(TenantService service) {
        this.tenants = service;
        return this;
    }
}
