package de.ikz.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.Contact;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
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
            return participants.list(caller, tenantId).stream().map(Participant::id).toList();
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

    @Command(scope = "ikz", name = "participant-create", description = "Creates a participant (tenant admin)")
    @Service
    public static final class CreateParticipant extends TenantAction {
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
            ParticipantKind k;
            try {
                k = ParticipantKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw IkzException.invalid("kind", "unknown kind '" + kind + "'; known: " + Arrays.toString(ParticipantKind.values()));
            }
            List<Contact> cs = new ArrayList<>();
            for (String c : contacts == null ? List.<String>of() : contacts) {
                String[] p = Arrays.copyOf(c.split("\\|", -1), 6);
                cs.add(new Contact(p[0], p[1], p[2], p[3], p[4], p[5]));
            }
            Participant p = participants.create(caller, tenant(caller), new Participant(id, k, name, key, parent, cs));
            System.out.println("Participant " + p.id() + " created: " + p.name() + " (" + p.kind() + ")");
        }
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
