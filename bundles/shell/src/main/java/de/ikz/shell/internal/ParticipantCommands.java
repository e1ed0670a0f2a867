package de.ikz.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Contact;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.PostalAddress;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.Table;
import de.ikz.kit.shell.TenantAction;
import de.ikz.kit.shell.TenantCompleter;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

/**
 * Participants of a tenant with their jurisdictions. The tenant is the console user's; a
 * platform admin names it with --tenant.
 */
final class ParticipantCommands {

    private ParticipantCommands() {
    }

    /** Participant ids of the session user's tenant, or for a platform admin of the tenant named by --tenant on the line. */
    @Service
    public static final class ParticipantIds extends TenantCompleter {
        @Reference
        ParticipantService participants;

        @Override
        protected List<String> values(Caller caller, String tenantId) {
            return participants.listBodies(caller, tenantId).stream().map(Participant::id).toList();
        }
    }

    @Service
    public static final class Kinds implements Completer {
        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return Completers.complete(session, commandLine, candidates,
                    Arrays.stream(ParticipantKind.values()).map(Enum::name).toList());
        }
    }

    @Command(scope = "ikz", name = "participant-list", description = "Lists the participants of a tenant")
    @Service
    public static final class ListParticipants extends TenantAction {
        @Reference
        ParticipantService participants;


        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Id", "Kind", "Name", "Key", "Parent");
            for (Participant p : participants.list(caller, tenant(caller))) {
                table.row(p.id(), p.kind(), p.name(), p.key() == null ? "-" : p.key(),
                        p.parentId() == null ? "-" : p.parentId());
            }
            table.print(System.out);
        }
    }

    /**
     * The letter details as options (issue 10), shared by create and update: address, contact person, phone,
     * e-mail and the treasury's account. The service checks them; a refusal names the field as REST does
     * ({@code Error in bank.iban: …}).
     */
    abstract static class LetterOptions extends TenantAction {

        @Option(name = "--street", description = "street and number of the postal address (with --postal-code and --city)")
        String street;

        @Option(name = "--postal-code", description = "postal code, five digits")
        String postalCode;

        @Option(name = "--city", description = "town of the postal address")
        String city;

        @Option(name = "--address-addition", description = "department or z. Hd. line of the address")
        String addressAddition;

        @Option(name = "--contact-person", description = "the person named on its letters (quote it)")
        String contactPerson;

        @Option(name = "--phone", description = "phone number on its letters: digits, spaces, + - ( ) /")
        String phone;

        @Option(name = "--email", description = "e-mail address on its letters")
        String email;

        @Option(name = "--account-holder", description = "holder of the treasury's account, e.g. \"Kreiskasse Heinsberg\"")
        String accountHolder;

        @Option(name = "--iban", description = "IBAN of the treasury's account (spaces allowed; quote it)")
        String iban;

        @Option(name = "--bic", description = "BIC, 8 or 11 characters")
        String bic;

        @Option(name = "--bank", description = "name of the bank")
        String bank;

        /** The address from the options over {@code current} (null: none yet); null if no address option was given and none exists. */
        PostalAddress address(PostalAddress current) {
            PostalAddress c = current == null ? new PostalAddress(null, null, null, null, null) : current;
            if (street == null && postalCode == null && city == null && addressAddition == null) {
                return current;
            }
            return new PostalAddress(c.name(), pick(addressAddition, c.addition()), pick(street, c.street()),
                    pick(postalCode, c.postalCode()), pick(city, c.city()));
        }

        /** The account from the options over {@code current}; null if no account option was given and none exists. */
        BankAccount bank(BankAccount current) {
            BankAccount c = current == null ? new BankAccount(null, null, null, null) : current;
            if (accountHolder == null && iban == null && bic == null && bank == null) {
                return current;
            }
            return new BankAccount(pick(accountHolder, c.holder()), pick(iban, c.iban()), pick(bic, c.bic()), pick(bank, c.bank()));
        }

        /** A given option wins (an empty one clears); else the current value stays. */
        static String pick(String given, String current) {
            if (given == null) {
                return current;
            }
            return given.isBlank() ? null : given;
        }
    }

    @Command(scope = "ikz", name = "participant-create", description = "Creates a participant (tenant admin)")
    @Service
    public static final class CreateParticipant extends LetterOptions {
        @Reference
        ParticipantService participants;

        @Argument(index = 0, name = "id", required = true, description = "lower-case id, e.g. ja-alsdorf")
        String id;

        @Argument(index = 1, name = "kind", required = true, description = "DISTRICT, DISTRICT_FREE_CITY, MUNICIPALITY, YOUTH_OFFICE, …")
        @Completion(Kinds.class)
        String kind;

        @Argument(index = 2, name = "name", required = true, description = "display name (quote it)")
        String name;

        @Option(name = "--key", aliases = "-k", description = "8-digit AGS of a municipality, 5-digit key of a district")
        String key;

        @Option(name = "--parent", aliases = "-p", description = "the participant it belongs to")
        @Completion(ParticipantIds.class)
        String parent;

        @Option(name = "--contact", aliases = "-c", multiValued = true,
                description = "role|person|office|phone|email|address (repeatable; empty parts allowed)")
        List<String> contacts;


        @Override
        protected void doExecute(Caller caller) {
            ParticipantKind k = kind(kind);
            List<Contact> cs = contacts(contacts);
            Participant p = participants.create(caller, tenant(caller), new Participant(id, k, name, key, parent, cs, address(null),
                    contactPerson, phone, email, bank(null)));
            System.out.println("Participant " + p.id() + " created: " + p.name() + " (" + p.kind() + ")");
        }
    }

    static ParticipantKind kind(String kind) {
        try {
            return ParticipantKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw IkzException.invalid("kind", "unknown kind '" + kind + "'; known: " + Arrays.toString(ParticipantKind.values()));
        }
    }

    static List<Contact> contacts(List<String> contacts) {
        List<Contact> cs = new ArrayList<>();
        for (String c : contacts == null ? List.<String>of() : contacts) {
            String[] p = Arrays.copyOf(c.split("\\|", -1), 6);
            cs.add(new Contact(p[0], p[1], p[2], p[3], p[4], p[5]));
        }
        return cs;
    }

    @Command(scope = "ikz", name = "participant-update", description = "Changes a participant (tenant admin): only what is given; an empty value (\"\") clears")
    @Service
    public static final class UpdateParticipant extends LetterOptions {
        @Reference
        ParticipantService participants;

        @Argument(index = 0, name = "id", required = true)
        @Completion(ParticipantIds.class)
        String id;

        @Option(name = "--name", aliases = "-n", description = "display name (quote it)")
        String name;

        @Option(name = "--kind", description = "DISTRICT, DISTRICT_FREE_CITY, MUNICIPALITY, YOUTH_OFFICE, …")
        @Completion(Kinds.class)
        String kind;

        @Option(name = "--key", aliases = "-k", description = "8-digit AGS of a municipality, 5-digit key of a district")
        String key;

        @Option(name = "--parent", aliases = "-p", description = "the participant it belongs to")
        @Completion(ParticipantIds.class)
        String parent;

        @Option(name = "--contact", aliases = "-c", multiValued = true,
                description = "role|person|office|phone|email|address; replaces all contacts (repeatable)")
        List<String> contacts;


        @Override
        protected void doExecute(Caller caller) {
            String t = tenant(caller);
            Participant old = participants.find(caller, t, id).orElseThrow(() -> IkzException.notFound("participant", id));
            Participant p = participants.update(caller, t, new Participant(id, kind == null ? old.kind() : kind(kind),
                    name == null ? old.name() : name, pick(key, old.key()), pick(parent, old.parentId()),
                    contacts == null ? old.contacts() : contacts(contacts), address(old.address()),
                    pick(contactPerson, old.contactPerson()), pick(phone, old.phone()), pick(email, old.email()), bank(old.bank())));
            System.out.println("Participant " + p.id() + " updated: " + p.name() + " (" + p.kind() + ")");
        }
    }

    /**
     * The letter details, one {@code label: value} line each, "-" where nothing is stored (English labels like the
     * rest of this operator list; the letters print them in German).
     */
    static void printLetterDetails(Participant p) {
        PostalAddress a = p.address();
        BankAccount b = p.bank();
        System.out.println("Letter details:");
        line("Address", a == null ? null : Stream.of(a.name(), a.addition(), a.street(), a.postalCode() + " " + a.city())
                .filter(x -> x != null).collect(Collectors.joining(", ")));
        line("Contact", p.contactPerson());
        line("Phone", p.phone());
        line("E-mail", p.email());
        line("Account holder", b == null ? null : b.holder());
        line("IBAN", b == null || b.iban() == null ? null : de.ikz.kit.text.GermanFormat.iban(b.iban()));
        line("BIC", b == null ? null : b.bic());
        line("Bank", b == null ? null : b.bank());
    }

    private static void line(String label, String value) {
        System.out.println("  " + String.format("%-15s", label + ":") + " " + (value == null ? "-" : value));
    }

    @Command(scope = "ikz", name = "participant-show", description = "Shows a participant with its jurisdiction, area and population on a day")
    @Service
    public static final class ShowParticipant extends TenantAction {
        @Reference
        ParticipantService participants;

        @Reference
        RegisterService register;

        @Argument(index = 0, name = "id", required = true)
        @Completion(ParticipantIds.class)
        String id;

        @Option(name = "--on", description = "the day (default today)")
        String on;

        @Option(name = "--reference-date", description = "population at the latest date on or before this one (default: the day)")
        String referenceDate;


        @Override
        protected void doExecute(Caller caller) {
            String t = tenant(caller);
            Participant p = participants.find(caller, t, id).orElseThrow(() -> IkzException.notFound("participant", id));
            LocalDate day = on == null ? LocalDate.now() : RegisterCommands.date("on", on);
            System.out.println("Id:       " + p.id());
            System.out.println("Kind:     " + p.kind());
            System.out.println("Name:     " + p.name());
            System.out.println("Key:      " + (p.key() == null ? "-" : p.key()));
            System.out.println("Parent:   " + (p.parentId() == null ? "-" : p.parentId()));
            for (Contact c : p.contacts()) {
                System.out.println("Contact:  " + c.role() + ": " + List.of(c.person(), c.office(), c.phone(), c.email(), c.address())
                        .stream().filter(x -> x != null).collect(Collectors.joining(", ")));
            }
            printLetterDetails(p);
            List<JurisdictionEntry> entries = participants.jurisdiction(caller, t, id);
            if (!entries.isEmpty()) {
                System.out.println("Jurisdiction:");
                Table table = Table.of("AGS", "Municipality", "From", "To", "On " + day);
                for (JurisdictionEntry e : entries) {
                    table.row(e.ags(), register.municipality(e.ags()).map(RegisterMunicipality::name).orElse("?"),
                            e.validFrom(), e.validTo() == null ? "-" : e.validTo(), e.validOn(day) ? "yes" : "no");
                }
                table.print(System.out);
            }
            List<String> area = participants.area(caller, t, id, day);
            System.out.println("Area on " + day + ": " + (area.isEmpty() ? "none" : area.size() + " municipalities"));
            try {
                FigureSum sum = participants.figure(caller, t, id, FigureValue.POPULATION, day,
                        RegisterCommands.date("reference-date", referenceDate));
                Map<LocalDate, Long> dates = sum.parts().stream().collect(Collectors.groupingBy(FigureValue::referenceDate,
                        java.util.TreeMap::new, Collectors.counting()));
                System.out.println("Population: " + RegisterCommands.number(sum.total()) + " (at " + dates.keySet().stream()
                        .map(LocalDate::toString).collect(Collectors.joining(", ")) + "; " + sum.parts().stream()
                        .map(FigureValue::source).distinct().collect(Collectors.joining("; ")) + ")");
            } catch (IkzException e) {
                System.out.println("Population: - (" + e.getMessage() + ")");
            }
        }
    }

    @Command(scope = "ikz", name = "jurisdiction-add", description = "Adds a municipality to a participant's jurisdiction for a period (tenant admin)")
    @Service
    public static final class AddJurisdiction extends TenantAction {
        @Reference
        ParticipantService participants;

        @Reference
        RegisterService register;

        @Argument(index = 0, name = "participant", required = true)
        @Completion(ParticipantIds.class)
        String participant;

        @Argument(index = 1, name = "ags", required = true, description = "8-digit AGS, e.g. 05334008")
        String ags;

        @Argument(index = 2, name = "from", required = true, description = "first day, e.g. 2024-01-01")
        String from;

        @Argument(index = 3, name = "to", required = false, description = "last day (inclusive); open-ended if left out")
        String to;


        @Override
        protected void doExecute(Caller caller) {
            LocalDate f = RegisterCommands.date("from", from);
            if (f == null) {
                throw IkzException.invalid("from", "from is required");
            }
            JurisdictionEntry e = new JurisdictionEntry(ags, f, RegisterCommands.date("to", to));
            participants.addJurisdiction(caller, tenant(caller), participant, e);
            String name = register.municipality(ags).map(RegisterMunicipality::name).orElse(ags);
            System.out.println(participant + " serves " + name + " (" + ags + ") from " + e.validFrom()
                    + (e.validTo() == null ? "" : " to " + e.validTo()));
        }
    }
}
