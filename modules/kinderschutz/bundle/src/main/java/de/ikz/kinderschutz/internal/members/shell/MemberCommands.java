package de.ikz.kinderschutz.internal.members.shell;

import java.time.LocalDate;

import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.members.MembersService.InstitutionInput;
import de.ikz.kinderschutz.internal.members.NetworkAgreement;
import de.ikz.kinderschutz.internal.shell.ModuleCommand;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.kit.text.GermanFormat;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Members on the console (scope {@code kinderschutz}); tables in German, as staff read them. */
public final class MemberCommands {

    private MemberCommands() {
    }

    @Command(scope = "kinderschutz", name = "institution-list", description = "Lists the network's member institutions by field")
    @Service
    @Roles({"coordinator", "member-contact", "trainer", "auditor"})
    @ReadOnly
    public static final class ListInstitutions extends ModuleCommand {
        @Reference
        MembersService members;

        @Override
        protected void doExecute(Caller caller) {
            Table t = Table.of("Id", "Einrichtung", "Bereich", "Beigetreten", "Ausgetreten");
            for (Institution i : members.list(caller, tenant(caller))) {
                t.row(i.id(), i.name(), i.field().label(), GermanFormat.date(i.joined()), i.left().map(GermanFormat::date).orElse("-"));
            }
            t.print(System.out);
        }
    }

    @Command(scope = "kinderschutz", name = "institution-add", description = "Adds a member institution")
    @Service
    @Roles("coordinator")
    public static final class AddInstitution extends ModuleCommand {
        @Reference
        MembersService members;

        @Option(name = "--name", required = true, description = "the institution's name")
        String name;

        @Option(name = "--field", required = true, description = "YOUTH_WELFARE, HEALTH, SCHOOL, JUSTICE, POLICE, JOB_CENTRE, INTEGRATION, "
                + "FREE_WELFARE, ASSOCIATION, SECRECY_BOUND")
        String field;

        @Option(name = "--participant", description = "the core participant it is (a youth office), if any")
        String participant;

        @Option(name = "--joined", description = "joined on (YYYY-MM-DD, default today)")
        String joined;

        @Override
        protected void doExecute(Caller caller) {
            LocalDate j = joined == null ? null : Input.date("joined", joined);
            Institution i = members.create(caller, tenant(caller), new InstitutionInput(name, field, participant, null, null, null, j, null));
            System.out.println("Aufgenommen: " + i.name() + " (" + i.id() + ")");
        }
    }

    @Command(scope = "kinderschutz", name = "agreement-due", description = "Lists the agreements due for renewal")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class DueAgreements extends ModuleCommand {
        @Reference
        MembersService members;

        @Override
        protected void doExecute(Caller caller) {
            Table t = Table.of("Id", "Vereinbarung", "Einrichtung", "Gültig bis");
            for (NetworkAgreement a : members.agreements(caller, tenant(caller), true)) {
                t.row(a.id(), a.title(), a.institutionId(), a.validUntil().map(GermanFormat::date).orElse("-"));
            }
            t.print(System.out);
        }
    }
}
