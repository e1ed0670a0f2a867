package de.ikz.shell.internal;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;
import de.ikz.kit.shell.ConsoleAction;
import de.ikz.kit.shell.Table;
import de.ikz.kit.shell.TenantIds;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

final class TenantCommands {

    private TenantCommands() {
    }

    @Command(scope = "ikz", name = "tenant-list", description = "Lists the tenants (a platform admin sees all)")
    @Service
    public static final class ListTenants extends ConsoleAction {
        @Reference
        TenantService tenants;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Name", "Created");
            for (Tenant t : tenants.list(caller)) {
                table.row(t.id(), t.name(), t.createdAt());
            }
            table.print(System.out);
        }
    }

    @Command(scope = "ikz", name = "tenant-create", description = "Creates a tenant (platform admin)")
    @Service
    public static final class CreateTenant extends ConsoleAction {
        @Reference
        TenantService tenants;

        @Argument(index = 0, name = "id", required = true, description = "lower-case id, e.g. kreis-heinsberg")
        String id;

        @Argument(index = 1, name = "name", required = true, description = "display name (quote it)")
        String name;

        @Override
        protected void doExecute(Caller caller) {
            Tenant t = tenants.create(caller, id, name);
            System.out.println("Tenant " + t.id() + " created: " + t.name());
        }
    }

    @Command(scope = "ikz", name = "tenant-delete", description = "Deletes a tenant without users (platform admin)")
    @Service
    public static final class DeleteTenant extends ConsoleAction {
        @Reference
        TenantService tenants;

        @Argument(index = 0, name = "id", required = true)
        @Completion(TenantIds.class)
        String id;

        @Override
        protected void doExecute(Caller caller) {
            tenants.delete(caller, id);
            System.out.println("Tenant " + id + " deleted");
        }
    }
}
