package de.ikz.fruehehilfen.internal.families.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.families.Assignment;
import de.ikz.fruehehilfen.internal.families.Consent;
import de.ikz.fruehehilfen.internal.families.ConsentScope;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.FamilyService.AssignmentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ClosingInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ConsentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyDetails;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyFilter;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.Identity;
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

/** Families of the service by pseudonym: the console twins of {@code /families}. */
public final class FamilyCommands {

    private FamilyCommands() {
    }

    /** Base: the service, settable in tests. */
    abstract static class FamilyCommand extends ModuleCommand {
        @Reference
        FamilyService service;

        /** For tests. */
        public FamilyCommand with(FamilyService s) {
            this.service = s;
            return this;
        }
    }

    @Command(scope = "fruehehilfen", name = "family-list", description = "Lists the families you work with, by pseudonym")
    @Service
    @Roles({"coordinator", "professional", "partner-staff", "auditor"})
    @ReadOnly
    public static final class ListFamilies extends FamilyCommand {
        @Option(name = "--state", description = "open, closed or all (default)")
        @Completion(value = StringsCompleter.class, values = {"open", "closed", "all"})
        String state;

        @Option(name = "--owner", description = "only families of this youth office (participant id)")
        String owner;

        @Override
        protected void doExecute(Caller caller) {
            Boolean open = state == null || "all".equalsIgnoreCase(state) ? null
                    : switch (state.toLowerCase(java.util.Locale.ROOT)) {
                        case "open" -> Boolean.TRUE;
                        case "closed" -> Boolean.FALSE;
                        default -> throw de.ikz.api.error.IkzException.invalid("--state", "--state must be one of open, closed, all");
                    };
            Table table = Table.of("Id", "Pseudonym", "Owner", "Opened", "Closed", "Staff");
            for (Family f : service.families(caller, tenant(caller), new FamilyFilter(open, owner))) {
                table.row(f.id(), f.pseudonym(), f.ownerId(), Table.text(f.openedOn()), Table.text(f.closedOn().orElse(null)),
                        Table.text(f.staffId().orElse(null)));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "fruehehilfen", name = "family-show", description = "Shows a family: case, consents, assignments; --identity also who it is (logged)")
    @Service
    @Roles({"coordinator", "professional", "partner-staff", "auditor"})
    @ReadOnly
    public static final class ShowFamily extends FamilyCommand {
        @Argument(index = 0, name = "id", required = true, description = "family id")
        String id;

        @Option(name = "--identity", description = "also show the identity (coordinator, assigned professional, owning office; logged)")
        boolean identity;

        @Override
        protected void doExecute(Caller caller) {
            String t = tenant(caller);
            FamilyDetails d = service.family(caller, t, id);
            Family f = d.family();
            System.out.println("Family " + f.id());
            System.out.println("  Pseudonym:      " + f.pseudonym());
            System.out.println("  Owner:          " + f.ownerId() + " (AGS " + f.ags() + ")");
            System.out.println("  Opened:         " + Table.text(f.openedOn()) + ", referred by " + f.referredBy().name());
            System.out.println("  Closed:         " + f.closedOn().map(c -> Table.text(c) + " (" + f.closingReason().map(Enum::name).orElse("") + ")")
                    .orElse("-"));
            System.out.println("  Health consent: " + (d.healthConsent() ? "yes" : "no"));
            Table consents = Table.of("Consent", "Given", "Scopes", "Withdrawn");
            for (Consent c : d.consents()) {
                consents.row(c.id(), Table.text(c.givenOn()), c.scopes().stream().sorted().map(Enum::name).toList().toString(),
                        Table.text(c.withdrawnOn().orElse(null)));
            }
            consents.print(System.out);
            Table assignments = Table.of("Assignment", "Staff", "From", "To");
            for (Assignment a : d.assignments()) {
                assignments.row(a.id(), a.staffId(), Table.text(a.from()), Table.text(a.to().orElse(null)));
            }
            assignments.print(System.out);
            if (identity) {
                Optional<Identity> i = service.identity(caller, t, id);
                if (i.isEmpty()) {
                    System.out.println("No identity recorded.");
                } else {
                    System.out.println("  Mother:         " + Table.text(i.get().motherName()));
                    System.out.println("  Child:          " + Table.text(i.get().childName()) + ", born " + Table.text(i.get().childBirthDate()));
                    System.out.println("  Address:        " + Table.text(i.get().address() == null ? null : i.get().address().replace('\n', ',')));
                    System.out.println("  Phone:          " + Table.text(i.get().phone()));
                }
            }
        }
    }

    @Command(scope = "fruehehilfen", name = "family-add", description = "Opens a case for a family (coordination)")
    @Service
    @Roles("coordinator")
    public static final class AddFamily extends FamilyCommand {
        @Argument(index = 0, name = "ags", required = true, description = "8-digit AGS of the municipality the family lives in")
        String ags;

        @Argument(index = 1, name = "referred-by", required = true,
                description = "CLINIC, GYNAECOLOGIST, PAEDIATRICIAN, YOUTH_OFFICE, PREGNANCY_COUNSELLING, SELF or OTHER")
        @Completion(value = StringsCompleter.class, values = {"CLINIC", "GYNAECOLOGIST", "PAEDIATRICIAN", "YOUTH_OFFICE",
                "PREGNANCY_COUNSELLING", "SELF", "OTHER"})
        String referredBy;

        @Option(name = "--opened", description = "opened on (YYYY-MM-DD), default today")
        String opened;

        @Option(name = "--staff", description = "assign to this staff member from the opening day")
        String staff;

        @Override
        protected void doExecute(Caller caller) {
            Family f = service.createFamily(caller, tenant(caller), new FamilyInput(ags,
                    opened == null ? null : Input.date("--opened", opened), referredBy, staff, null));
            System.out.println("Family " + f.id() + " opened as " + f.pseudonym() + " (owner " + f.ownerId() + ").");
        }
    }

    @Command(scope = "fruehehilfen", name = "family-assign", description = "Assigns a family to a staff member from a day (coordination)")
    @Service
    @Roles("coordinator")
    public static final class AssignFamily extends FamilyCommand {
        @Argument(index = 0, name = "id", required = true, description = "family id")
        String id;

        @Argument(index = 1, name = "staff", required = true, description = "staff id")
        String staff;

        @Option(name = "--from", description = "first day (YYYY-MM-DD), default today")
        String from;

        @Override
        protected void doExecute(Caller caller) {
            Assignment a = service.assign(caller, tenant(caller), id, new AssignmentInput(staff, from == null ? null : Input.date("--from", from)));
            System.out.println("Family " + id + " assigned to " + a.staffId() + " from " + a.from() + ".");
        }
    }

    @Command(scope = "fruehehilfen", name = "family-consent", description = "Records a consent of a family, or with --withdraw its withdrawal")
    @Service
    @Roles({"coordinator", "professional"})
    public static final class ConsentFamily extends FamilyCommand {
        @Argument(index = 0, name = "id", required = true, description = "family id")
        String id;

        @Argument(index = 1, name = "scopes", required = false, multiValued = true,
                description = "DOCUMENTATION, YOUTH_OFFICE_EXCHANGE, HEALTH_DATA (one or more)")
        @Completion(value = StringsCompleter.class, values = {"DOCUMENTATION", "YOUTH_OFFICE_EXCHANGE", "HEALTH_DATA"})
        List<String> scopes;

        @Option(name = "--on", description = "given (or withdrawn) on (YYYY-MM-DD), default today")
        String on;

        @Option(name = "--withdraw", description = "the consent id that was withdrawn")
        String withdraw;

        @Override
        protected void doExecute(Caller caller) {
            java.time.LocalDate day = on == null ? null : Input.date("--on", on);
            if (withdraw != null) {
                Consent c = service.withdrawConsent(caller, tenant(caller), id, withdraw, day);
                System.out.println("Consent " + c.id() + " withdrawn on " + c.withdrawnOn().orElseThrow() + ".");
                return;
            }
            Consent c = service.addConsent(caller, tenant(caller), id, new ConsentInput(day, scopes));
            System.out.println("Consent " + c.id() + " recorded: " + Arrays.toString(c.scopes().stream().sorted().map(ConsentScope::name).toArray()));
        }
    }

    @Command(scope = "fruehehilfen", name = "family-close", description = "Closes a family's case with a reason")
    @Service
    @Roles({"coordinator", "professional"})
    public static final class CloseFamily extends FamilyCommand {
        @Argument(index = 0, name = "id", required = true, description = "family id")
        String id;

        @Argument(index = 1, name = "reason", required = true,
                description = "GOALS_REACHED, MOVED, HANDED_OVER, CONSENT_WITHDRAWN or OTHER")
        @Completion(value = StringsCompleter.class, values = {"GOALS_REACHED", "MOVED", "HANDED_OVER", "CONSENT_WITHDRAWN", "OTHER"})
        String reason;

        @Option(name = "--on", description = "closed on (YYYY-MM-DD), default today")
        String on;

        @Override
        protected void doExecute(Caller caller) {
            Family f = service.close(caller, tenant(caller), id, new ClosingInput(on == null ? null : Input.date("--on", on), reason));
            System.out.println("Family " + f.id() + " (" + f.pseudonym() + ") closed on " + f.closedOn().orElseThrow() + ".");
        }
    }
}
