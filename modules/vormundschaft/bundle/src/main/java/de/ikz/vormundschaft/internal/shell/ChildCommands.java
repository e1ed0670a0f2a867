package de.ikz.vormundschaft.internal.shell;

import java.util.List;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.ChildIdentity;
import de.ikz.vormundschaft.internal.service.Cases.ChildInput;
import de.ikz.vormundschaft.internal.service.Cases.Proposal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Pseudonymised child profiles; the identity is shown only when the service returns it (the owning office). */
final class ChildCommands {

    private ChildCommands() {
    }

    @Command(scope = "vormundschaft", name = "child-list", description = "Lists the child profiles (by pseudonym)")
    @Service
    @Roles({"coordinator", "auditor", "partner-staff"})
    @ReadOnly
    public static final class ListChildren extends VmAction {
        @Reference
        Cases office;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Pseudonym", "Office", "Age band", "Municipality", "Languages", "Unaccompanied",
                    "Placement", "Status", "Since");
            for (Child c : office.children(caller, tenant(caller))) {
                table.row(c.id(), Table.text(c.office()), c.ageBand(), Table.text(c.municipality()),
                        Table.text(c.languages()), Table.text(c.unaccompaniedMinor()), Table.text(c.placement()), c.status(),
                        Table.text(c.createdOn()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "child-add", description = "Proposes a child of the own youth office (partner staff)")
    @Service
    @Roles("partner-staff")
    public static final class AddChild extends VmAction {
        @Reference
        Cases office;

        @Argument(index = 0, name = "age-band", required = true, description = "0-5, 6-11 or 12-17")
        @Completion(value = StringsCompleter.class, values = {"0-5", "6-11", "12-17"})
        String ageBand;

        @Argument(index = 1, name = "municipality", required = true, description = "8-digit AGS where the child lives")
        String municipality;

        @Option(name = "--needs", description = "needs of the child (quote it; no identifying details)")
        String needs;

        @Option(name = "--languages", aliases = "-l", description = "comma-separated, e.g. Deutsch,Arabisch")
        String languages;

        @Option(name = "--unaccompanied", description = "an unaccompanied minor")
        boolean unaccompanied;

        @Option(name = "--placement", description = "FOSTER_FAMILY, RESIDENTIAL_CARE, RELATIVES or OTHER")
        @Completion(value = StringsCompleter.class, values = {"FOSTER_FAMILY", "RESIDENTIAL_CARE", "RELATIVES", "OTHER"})
        String placement;

        @Option(name = "--given-name", description = "identity, kept in the own office's data space")
        String givenName;

        @Option(name = "--family-name", description = "identity")
        String familyName;

        @Option(name = "--birth-date", description = "identity (YYYY-MM-DD)")
        String birthDate;

        @Override
        protected void doExecute(Caller caller) {
            ChildIdentity identity = givenName == null && familyName == null && birthDate == null ? null
                    : new ChildIdentity(givenName, familyName, Args.date("--birth-date", birthDate));
            Child c = office.createChild(caller, tenant(caller), new ChildInput(ageBand, needs, Args.list(languages),
                    municipality, unaccompanied, placement, identity));
            System.out.println("Child recorded under pseudonym " + c.id() + " (" + c.office() + ", status " + c.status() + ")");
        }
    }

    @Command(scope = "vormundschaft", name = "child-show", description = "Shows a child profile and its case steps")
    @Service
    @Roles({"coordinator", "auditor", "partner-staff"})
    @ReadOnly
    public static final class ShowChild extends VmAction {
        @Reference
        Cases office;

        @Argument(index = 0, name = "pseudonym", required = true)
        @Completion(Completers.ChildIds.class)
        String id;

        @Override
        protected void doExecute(Caller caller) {
            String t = tenant(caller);
            Child c = office.child(caller, t, id);
            System.out.println("Child " + c.id() + "  [" + Table.text(c.office()) + ", status " + c.status() + ", since "
                    + Table.text(c.createdOn()) + "]");
            if (c.identity() != null) {
                ChildIdentity i = c.identity();
                System.out.println("Identity:      " + Table.text(i.givenName()) + " " + Table.text(i.familyName()) + ", born "
                        + Table.text(i.birthDate()));
            }
            System.out.println("Age band:      " + c.ageBand());
            System.out.println("Municipality:  " + Table.text(c.municipality()));
            System.out.println("Languages:     " + Table.text(c.languages()));
            System.out.println("Unaccompanied: " + Table.text(c.unaccompaniedMinor()));
            System.out.println("Placement:     " + Table.text(c.placement()));
            System.out.println("Needs:         " + Table.text(c.needs()));
            List<Proposal> steps;
            try {
                steps = office.proposals(caller, t, id);
            } catch (IkzException e) {
                if (e.kind() != IkzException.Kind.FORBIDDEN) {
                    throw e;
                }
                return; // the case steps are the office's; partner staff see the profile only
            }
            System.out.println("Case steps:");
            Table table = Table.of("Id", "Volunteer", "Matched", "Court", "Proposed", "Status", "Closed", "Reason");
            for (Proposal p : steps) {
                table.row(p.id(), p.volunteerId(), Table.text(p.matchedOn()), Table.text(p.court()),
                        Table.text(p.proposedOn()), p.status(), Table.text(p.closedOn()), Table.text(p.closeReason()));
            }
            table.print(System.out);
        }
    }
}
