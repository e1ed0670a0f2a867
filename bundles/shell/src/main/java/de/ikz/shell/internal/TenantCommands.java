package de.ikz.shell.internal;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

final class TenantCommands {

    private TenantCommands() {
    }

    @Command(scope = "ikz", name = "tenant-list", description = "Lists the tenants (a platform admin sees all)")
    @Service
    public static final class ListTenants extends IkzAction {
        @Reference
        TenantService tenants;

        @Override
        protected void doExecute(Caller caller) {
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Name");
            table.column("Created");
            for (Tenant t : tenants.list(caller)) {
                table.addRow().addContent(t.id(), t.name(), t.createdAt());
            }
            table.print(System.out);
        }
    }

    @Command(scope = "ikz", name = "tenant-create", description = "Creates a tenant (platform admin)")
    @Service
    public static final class CreateTenant extends IkzAction {
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
    public static final class DeleteTenant extends IkzAction {
        @Reference
        TenantService tenants;

        @Argument(index = 0, name = "id", required = true)
        @Completion(Completers.TenantIds.class)
        String id;

        @Override
        protected void doExecute(Caller caller) {
            tenants.delete(caller, id);
            System.out.println("Tenant " + id + " deleted");
        }
    }
}
