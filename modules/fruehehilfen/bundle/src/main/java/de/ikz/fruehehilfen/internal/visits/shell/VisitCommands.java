package de.ikz.fruehehilfen.internal.visits.shell;

import java.util.List;

import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.shell.ModuleCommand;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitService.Assessment;
import de.ikz.fruehehilfen.internal.visits.VisitService.AssessmentInput;
import de.ikz.fruehehilfen.internal.visits.VisitService.Contact;
import de.ikz.fruehehilfen.internal.visits.VisitService.ContactInput;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Contacts and assessments on the console: the twins of {@code /families/{id}/contacts},
 * {@code /contacts} and {@code /families/{id}/assessments}. What is not given is passed on as null:
 * the defaults live in the service, as for REST.
 */
public final class VisitCommands {

    private VisitCommands() {
    }

    /** Base: the service, settable in tests. */
    abstract static class VisitCommand extends ModuleCommand {
        @Reference
        VisitService service;

        /** For tests. */
        public VisitCommand with(VisitService s) {
            this.service = s;
            return this;
        }
    }

    @Command(scope = "fruehehilfen", name = "contact-add", description = "Books a contact with a family "
            + "(defaults: yourself, today, 60 minutes, HOME_VISIT at HOME)")
    @Service
    @Roles({"coordinator", "professional"})
    public static final class AddContact extends VisitCommand {
        @Argument(index = 0, name = "family", required = true, description = "family id")
        String family;

        @Option(name = "--date", description = "day of the contact (YYYY-MM-DD), default today")
        String date;

        @Option(name = "--minutes", description = "duration in minutes (1 to 720), default 60")
        String minutes;

        @Option(name = "--kind", description = "HOME_VISIT, PHONE_CALL, ACCOMPANIMENT or GROUP")
        @Completion(value = StringsCompleter.class, values = {"HOME_VISIT", "PHONE_CALL", "ACCOMPANIMENT", "GROUP"})
        String kind;

        @Option(name = "--place", description = "HOME, PRACTICE, PHONE, CLINIC or OTHER")
        @Completion(value = StringsCompleter.class, values = {"HOME", "PRACTICE", "PHONE", "CLINIC", "OTHER"})
        String place;

        @Option(name = "--category", multiValued = true, description = "content category (repeat the option for several), "
                + "e.g. CHILD_HEALTH, FEEDING, CARE, DEVELOPMENT, INTERACTION, DAILY_LIFE, PSYCHOSOCIAL, AUTHORITIES")
        List<String> categories;

        @Option(name = "--referral", multiValued = true, description = "service the family was referred to (repeatable), "
                + "e.g. PREGNANCY_COUNSELLING, YOUTH_OFFICE, PAEDIATRICIAN, EARLY_INTERVENTION, DEBT_COUNSELLING")
        List<String> referrals;

        @Option(name = "--staff", description = "staff id of who had the contact (coordination only; default the assigned one)")
        String staff;

        @Override
        protected void doExecute(Caller caller) {
            Contact c = service.addContact(caller, tenant(caller), family, new ContactInput(staff,
                    date == null ? null : Input.date("--date", date),
                    minutes == null ? null : Input.count("--minutes", minutes, 100_000), place, kind, categories, referrals));
            System.out.println("Contact " + c.id() + " booked: " + c.familyPseudonym() + ", " + Table.text(c.date()) + ", "
                    + c.minutes() + " min, " + c.kind().name() + " at " + c.place().name() + ", staff " + c.staffId());
        }
    }

    @Command(scope = "fruehehilfen", name = "contact-list", description = "Lists contacts: of one family, or of the families "
            + "you work with over a period (default the last 12 months)")
    @Service
    @Roles({"coordinator", "professional", "partner-staff", "auditor"})
    @ReadOnly
    public static final class ListContacts extends VisitCommand {
        @Option(name = "--family", description = "only this family (all its contacts)")
        String family;

        @Option(name = "--from", description = "first day (YYYY-MM-DD)")
        String from;

        @Option(name = "--to", description = "last day (YYYY-MM-DD), default today")
        String to;

        @Override
        protected void doExecute(Caller caller) {
            String t = tenant(caller);
            List<Contact> list = family != null ? service.contacts(caller, t, family)
                    : service.contacts(caller, t, from == null ? null : Input.date("--from", from), to == null ? null : Input.date("--to", to));
            Table table = Table.of("Id", "Family", "Date", "Min", "Kind", "Staff", "Referrals").alignRight(3);
            for (Contact c : list) {
                table.row(c.id(), c.familyPseudonym(), Table.text(c.date()), c.minutes(), c.kind().name(), c.staffId(),
                        c.referrals().isEmpty() ? "-" : String.join(",", c.referrals().stream().map(Enum::name).toList()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "fruehehilfen", name = "assessment-add", description = "Records an assessment on the six areas, "
            + "each rated 1 (considerable problems) to 5 (good)")
    @Service
    @Roles({"coordinator", "professional"})
    public static final class AddAssessment extends VisitCommand {
        @Argument(index = 0, name = "family", required = true, description = "family id")
        String family;

        @Argument(index = 1, name = "phase", required = true, description = "START (once), DURING or END (once)")
        @Completion(value = StringsCompleter.class, values = {"START", "DURING", "END"})
        String phase;

        @Argument(index = 2, name = "ratings", required = true, multiValued = true, description = "six ratings 1-5 in this "
                + "order: household, external support, internal support, self-care, care for the child, parent-child interaction")
        List<String> ratings;

        @Option(name = "--date", description = "day of the assessment (YYYY-MM-DD), default today")
        String date;

        @Override
        protected void doExecute(Caller caller) {
            if (ratings.size() != 6) {
                throw de.ikz.api.error.IkzException.invalid("ratings", "ratings must be six numbers 1-5 (household, external support, "
                        + "internal support, self-care, care for the child, parent-child interaction), got " + ratings.size());
            }
            Integer[] r = new Integer[6];
            for (int i = 0; i < 6; i++) {
                r[i] = Input.count("ratings", ratings.get(i), 1000);
            }
            Assessment a = service.addAssessment(caller, tenant(caller), family, new AssessmentInput(phase,
                    date == null ? null : Input.date("--date", date), r[0], r[1], r[2], r[3], r[4], r[5]));
            System.out.println("Assessment " + a.id() + " recorded: " + a.phase().name() + " on " + Table.text(a.date()));
        }
    }
}
