package ${package}.internal.shell;

import java.util.List;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import ${package}.internal.ModuleDefinition;
import ${package}.internal.domain.Entry;
import ${package}.internal.service.Entries;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code ${moduleId}:entry-list [--tenant T]}: the console twin of GET /modules/${moduleId}/entries. */
@Service
@Command(scope = ModuleDefinition.ID, name = "entry-list", description = "List the tenant's entries, newest first")
@Roles({ModuleDefinition.COORDINATOR, ModuleDefinition.AUDITOR})
@ReadOnly
public class EntryListCommand extends ModuleCommand {

    @Reference
    Entries entries;

    @Override
    protected void doExecute(Caller caller) {
        List<Entry> list = entries.list(caller, tenant(caller));
        Table table = Table.of("Id", "Erfasst am", "Titel");
        for (Entry e : list) {
            table.row(e.id(), e.recordedOn(), e.title());
        }
        table.print(System.out);
    }

    /** For tests (Karaf injects the field in the container). */
    EntryListCommand entries(Entries service) {
        this.entries = service;
        return this;
    }
}
