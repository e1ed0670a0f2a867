package de.ikz.fruehehilfen.internal.families.shell;

import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.FamilyService.StaffInput;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.fruehehilfen.internal.shell.ModuleCommand;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Staff of the family-midwife service: the console twins of {@code /staff}. */
public final class StaffCommands {

    private StaffCommands() {
    }

    @Command(scope = "fruehehilfen", name = "staff-list", description = "Lists the staff of the family-midwife service")
    @Service
    @Roles({"coordinator", "professional", "auditor"})
    @ReadOnly
    public static final class ListStaff extends ModuleCommand {
        @Reference
        FamilyService service;

        /** For tests. */
        public ListStaff with(FamilyService s) {
            this.service = s;
            return this;
        }

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Kind", "Name", "Hours", "Active to", "Login").alignRight(3);
            for (Staff s : service.staffList(caller, tenant(caller))) {
                table.row(s.id(), s.kind().name(), s.name(), s.hoursPerWeek(), Table.text(s.activeTo().orElse(null)),
                        Table.text(s.username().orElse(null)));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "fruehehilfen", name = "staff-add", description = "Adds a staff member (coordination)")
    @Service
    @Roles("coordinator")
    public static final class AddStaff extends ModuleCommand {
        @Reference
        FamilyService service;

        @Argument(index = 0, name = "kind", required = true, description = "MIDWIFE, FGKIKP or COORDINATION")
        @Completion(value = StringsCompleter.class, values = {"MIDWIFE", "FGKIKP", "COORDINATION"})
        String kind;

        @Argument(index = 1, name = "name", required = true, description = "name as used at work (quote it)")
        String name;

        @Argument(index = 2, name = "hours", required = true, description = "contracted hours per week, e.g. 19.5")
        String hours;

        @Option(name = "--from", description = "active from (YYYY-MM-DD), default today")
        String from;

        @Option(name = "--to", description = "active until (YYYY-MM-DD)")
        String to;

        @Option(name = "--nzfh", description = "NZFH competence profile completed on (YYYY-MM-DD)")
        String nzfh;

        @Option(name = "--username", description = "login of the professional, linking her account to this record")
        String username;

        /** For tests. */
        public AddStaff with(FamilyService s) {
            this.service = s;
            return this;
        }

        @Override
        protected void doExecute(Caller caller) {
            Staff s = service.createStaff(caller, tenant(caller), new StaffInput(kind, name, nzfh != null,
                    nzfh == null ? null : Input.date("--nzfh", nzfh), hours, from == null ? null : Input.date("--from", from), to == null ? null : Input.date("--to", to), username));
            System.out.println("Staff member " + s.id() + " added.");
        }
    }
}
