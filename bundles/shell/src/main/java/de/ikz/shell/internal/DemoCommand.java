package de.ikz.shell.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.agreement.AgreementText;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.DemoData;
import de.ikz.api.participant.Contact;
import de.ikz.api.participant.ImportReport;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.TenantService;
import de.ikz.api.tenant.UserService;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/**
 * Loads the seed cooperations into a demo tenant: the participants of the StädteRegion Aachen and
 * the Kreis Heinsberg, the Frühe Hilfen pool of the Kreis Heinsberg and the ImBlick network of the
 * StädteRegion Aachen, and what every registered module contributes ({@link DemoData}: its
 * agreements, e.g. the guardianship coordination office of the Altkreis Aachen, and its own
 * records). Budgets, grants and credits are EXAMPLES, marked as such. Safe to run again: what
 * exists is left as it is.
 */
@Command(scope = "ikz", name = "demo-load", description = "Loads the three seed cooperations (with example budgets) into a demo tenant")
@Service
public final class DemoCommand extends de.ikz.kit.shell.ConsoleAction {

    static final String EXAMPLE = " (Beispielwert)";
    /** Marks an invented file reference (Aktenzeichen) in the demo. */
    static final String EXAMPLE_REFERENCE = " (Beispiel)";
    static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    @Reference
    TenantService tenants;

    @Reference
    RegisterService register;

    @Reference
    UserService users;

    @Reference
    ParticipantService participants;

    @Reference
    AgreementService agreements;

    @Reference
    AllocationService allocations;

    /** What the registered modules contribute (none while no module is deployed). */
    @Reference(optional = true)
    List<DemoData> modules;

    @Option(name = "--tenant", aliases = "-t", description = "tenant to load into (created if missing), default demo")
    String tenant = "demo";

    @Option(name = "--register", aliases = "-r", description = "Destatis register CSV to import first if the register is empty")
    @Completion(FileCompleter.class)
    String registerFile;

    @Option(name = "--users-password", description = "also create the demo's staff users (demo-admin, koordination, ja-alsdorf, "
            + "pruefung, and the users the modules name, e.g. hebamme) with this password; the case roles wait for demo-admin's "
            + "confirmation in the web UI (four-eyes)")
    String usersPassword;

    @Option(name = "--year", description = "fiscal year of the example runs, default next year")
    int year = LocalDate.now().getYear() + 1;

    @Override
    protected void doExecute(Caller caller) throws Exception {
        if (!caller.isPlatformAdmin()) {
            throw IkzException.forbidden("the demo is loaded by a platform admin");
        }
        if (register.municipalityCount() == 0) {
            if (registerFile == null) {
                throw IkzException.invalid("register", "the municipal register is empty: pass --register <Destatis CSV>, "
                        + "e.g. the project's data/destatis-gemeindeverzeichnis-2020q4.csv (relative paths start at the Karaf home)");
            }
            try (InputStream in = RegisterCommands.open(registerFile)) {
                ImportReport r = register.importRegister(caller, in, null, null, false);
                if (!r.committed()) {
                    throw IkzException.invalid("register", "the register file has bad lines, nothing imported: " + r.problems());
                }
                System.out.println("Register imported: " + r.districts() + " districts, " + r.municipalities() + " municipalities");
            }
        }
        if (tenants.find(caller, tenant).isEmpty()) {
            tenants.create(caller, tenant, "Demo: StädteRegion Aachen und Kreis Heinsberg" + EXAMPLE);
        }
        String t = tenant;
        // StädteRegion Aachen: the district, its youth office (serving the towns without their own), the towns with their own youth offices
        district(caller, t, "staedteregion", "StädteRegion Aachen", "05334");
        office(caller, t, "ja-staedteregion", "Jugendamt der StädteRegion Aachen", "staedteregion",
                List.of("05334008", "05334020", "05334024", "05334028"));
        townWithOffice(caller, t, "alsdorf", "Stadt Alsdorf", "05334004");
        townWithOffice(caller, t, "eschweiler", "Stadt Eschweiler", "05334012");
        townWithOffice(caller, t, "herzogenrath", "Stadt Herzogenrath", "05334016");
        townWithOffice(caller, t, "stolberg", "Kupferstadt Stolberg", "05334032");
        townWithOffice(caller, t, "wuerselen", "Stadt Würselen", "05334036");
        townWithOffice(caller, t, "aachen", "Stadt Aachen", "05334002");
        health(caller, t);
        organisation(caller, t, "skf-aachen", "Sozialdienst katholischer Frauen e.V. Aachen");
        organisation(caller, t, "kinderschutzbund-aachen", "Deutscher Kinderschutzbund OV Aachen e.V.");
        // Kreis Heinsberg
        district(caller, t, "kreis-heinsberg", "Kreis Heinsberg", "05370");
        office(caller, t, "ja-kreis-heinsberg", "Kreisjugendamt Heinsberg", "kreis-heinsberg",
                List.of("05370008", "05370024", "05370028", "05370032", "05370036", "05370040"));
        townWithOffice(caller, t, "erkelenz", "Stadt Erkelenz", "05370004");
        townWithOffice(caller, t, "geilenkirchen", "Stadt Geilenkirchen", "05370012");
        townWithOffice(caller, t, "heinsberg", "Stadt Heinsberg", "05370016");
        townWithOffice(caller, t, "hueckelhoven", "Stadt Hückelhoven", "05370020");

        List<String> runs = new ArrayList<>();
        List<DemoData> contributions = sorted(modules);
        for (DemoData m : contributions) {
            for (DemoData.Seed seed : m.agreements()) {
                if (agreement(caller, t, seed.agreement()) && seed.budget() != null) {
                    runs.add(allocations.run(caller, t, seed.agreement().id(), year, seed.budget()).id());
                }
            }
        }
        if (agreement(caller, t, fruehehilfen())) {
            runs.add(allocations.run(caller, t, "fruehe-hilfen-kreis-heinsberg", year, new BigDecimal("217016.40")).id());
        }
        if (agreement(caller, t, imblick(LocalDate.of(2020, 1, 1), null))) {
            agreements.amend(caller, t, imblick(LocalDate.of(2025, 1, 1), "Budget ab 2025: 15.000 € jährlich" + EXAMPLE));
            runs.add(allocations.run(caller, t, "imblick", year, new BigDecimal("15000.00")).id());
        }
        System.out.println("Demo tenant '" + t + "': " + participants.listBodies(caller, t).size() + " participants, "
                + agreements.list(caller, t).size() + " agreements" + (runs.isEmpty() ? " (already loaded)" : ", example runs " + runs));
        for (String id : runs) {
            AllocationRun r = allocations.find(caller, t, id).orElseThrow();
            System.out.println();
            AgreementCommands.print(r);
        }
        for (DemoData m : contributions) {
            System.out.println();
            System.out.println(m.load(caller, t, year));
        }
        if (usersPassword != null) {
            demoUsers(caller, t, contributions);
        }
    }

    /**
     * The demo's staff, one per kind of work: a tenant admin (runs the Umlage, confirms grants), a coordinator of
     * the modules present, a youth office's staff member and an auditor. The platform admin who runs this only
     * asks for the case roles; demo-admin confirms them in the web UI, so the demo walks the four-eyes rule too.
     * Then the users each module names ({@link DemoData#users}) with the module's own roles, asked for the same way.
     */
    void demoUsers(Caller caller, String t, List<DemoData> contributions) {
        java.util.Set<String> moduleIds = new java.util.TreeSet<>();
        contributions.forEach(m -> moduleIds.add(m.moduleId()));
        record Staff(String name, java.util.Set<PlatformRole> roles, java.util.Optional<String> participant,
                     java.util.Set<String> modules, String what, java.util.Set<String> moduleRoles) {
            Staff(String name, java.util.Set<PlatformRole> roles, java.util.Optional<String> participant,
                  java.util.Set<String> modules, String what) {
                this(name, roles, participant, modules, what, java.util.Set.of());
            }
        }
        List<Staff> staff = new ArrayList<>(List.of(
                new Staff("demo-admin", java.util.Set.of(PlatformRole.TENANT_ADMIN), java.util.Optional.empty(),
                        java.util.Set.of(), "Verwaltung und Umlage; bestätigt die Freigaben"),
                new Staff("ja-alsdorf", java.util.Set.of(PlatformRole.PARTNER_STAFF), java.util.Optional.of("ja-alsdorf"),
                        java.util.Set.of(), "Jugendamt Stadt Alsdorf (Freigabe durch demo-admin)"),
                new Staff("pruefung", java.util.Set.of(PlatformRole.AUDITOR), java.util.Optional.empty(), java.util.Set.of(),
                        "Prüfung, nur lesend")));
        if (!moduleIds.isEmpty()) {
            staff.add(1, new Staff("koordination", java.util.Set.of(PlatformRole.COORDINATOR), java.util.Optional.empty(),
                    moduleIds, "Koordination " + moduleIds + " (Freigabe durch demo-admin)"));
        }
        for (DemoData m : contributions) {
            new java.util.TreeMap<>(m.users()).forEach((name, roleIds) -> {
                java.util.Set<String> own = new java.util.TreeSet<>();
                roleIds.forEach(r -> own.add(Caller.moduleRole(m.moduleId(), r)));
                staff.add(new Staff(name, java.util.Set.of(), java.util.Optional.empty(), java.util.Set.of(),
                        "Modul " + m.moduleId() + ", Rolle " + String.join(", ", roleIds) + " (Freigabe durch demo-admin)", own));
            });
        }
        System.out.println();
        System.out.println("Demo users of tenant '" + t + "' (log in at /ui/):");
        for (Staff s : staff) {
            boolean exists = users.find(caller, s.name()).isPresent();
            if (!exists) {
                if (s.moduleRoles().isEmpty()) {
                    users.create(caller, s.name(), usersPassword, java.util.Optional.of(t), s.roles(), s.participant(), s.modules());
                } else {
                    users.create(caller, s.name(), usersPassword, java.util.Optional.of(t), s.roles(), s.participant(), s.modules(),
                            s.moduleRoles());
                }
            }
            System.out.println("  " + s.name() + (exists ? " (exists, unchanged)" : "") + ": " + s.what());
        }
        System.out.println("First log in as demo-admin and confirm the waiting grants (Verwaltung); then the others can work.");
    }

    /** The modules' contributions in the order of their module id (the service property), for a stable demo. */
    static List<DemoData> sorted(List<DemoData> modules) {
        List<DemoData> list = new ArrayList<>(modules == null ? List.of() : modules);
        list.sort(Comparator.comparing(DemoData::moduleId));
        return list;
    }

    private void district(Caller c, String t, String id, String name, String key) {
        create(c, t, new Participant(id, ParticipantKind.DISTRICT, name, key, null,
                List.of(new Contact("Kämmerei", null, name + ", Kämmerei", null, null, null))));
    }

    private void office(Caller c, String t, String id, String name, String parent, List<String> ags) {
        if (create(c, t, new Participant(id, ParticipantKind.YOUTH_OFFICE, name, null, parent, List.of()))) {
            for (String a : ags) {
                participants.addJurisdiction(c, t, id, new JurisdictionEntry(a, SINCE, null));
            }
        }
    }

    private void townWithOffice(Caller c, String t, String id, String name, String ags) {
        create(c, t, new Participant(id, ParticipantKind.MUNICIPALITY, name, ags, null, List.of()));
        office(c, t, "ja-" + id, "Jugendamt " + name, id, List.of(ags));
    }

    private void health(Caller c, String t) {
        if (create(c, t, new Participant("ga-staedteregion", ParticipantKind.HEALTH_OFFICE, "Gesundheitsamt der StädteRegion Aachen",
                null, "staedteregion", List.of()))) {
            for (String a : List.of("05334002", "05334004", "05334008", "05334012", "05334016", "05334020", "05334024",
                    "05334028", "05334032", "05334036")) {
                participants.addJurisdiction(c, t, "ga-staedteregion", new JurisdictionEntry(a, SINCE, null));
            }
        }
    }

    private void organisation(Caller c, String t, String id, String name) {
        create(c, t, new Participant(id, ParticipantKind.WELFARE_ORGANISATION, name, null, null, List.of()));
    }

    /** Creates the participant with its letter details ({@link DemoLetterDetails}); one that exists only gets the details it lacks. */
    private boolean create(Caller c, String t, Participant p) {
        java.util.Optional<Participant> existing = participants.find(c, t, p.id());
        if (existing.isPresent()) {
            // a demo loaded before participants had letter details gets them now; what is set stays
            DemoLetterDetails.completed(existing.get()).ifPresent(full -> participants.update(c, t, full));
            return false;
        }
        participants.create(c, t, DemoLetterDetails.with(p));
        return true;
    }

    private boolean agreement(Caller c, String t, Agreement a) {
        if (!agreements.history(c, t, a.id()).isEmpty()) {
            return false;
        }
        agreements.create(c, t, a);
        return true;
    }

    private static List<Party> parties(String lead, List<String> partners, List<String> others) {
        List<Party> list = new ArrayList<>();
        list.add(new Party(lead, Party.LEAD));
        partners.forEach(p -> list.add(new Party(p, Party.PARTNER)));
        others.forEach(p -> list.add(new Party(p, Party.OTHER)));
        return list;
    }

    static Agreement fruehehilfen() {
        Map<String, BigDecimal> grants = new LinkedHashMap<>();
        grants.put("ja-kreis-heinsberg", new BigDecimal("104178.00"));
        grants.put("ja-erkelenz", new BigDecimal("21500.00"));
        grants.put("ja-geilenkirchen", new BigDecimal("14200.00"));
        grants.put("ja-heinsberg", new BigDecimal("20450.00"));
        grants.put("ja-hueckelhoven", new BigDecimal("20519.00"));
        return new Agreement("fruehe-hilfen-kreis-heinsberg", "fruehehilfen",
                "Frühe Hilfen: gemeinsame Koordinierungsstelle und Familienhebammendienst im Kreis Heinsberg", "ja-kreis-heinsberg",
                parties("ja-kreis-heinsberg", List.of("ja-erkelenz", "ja-geilenkirchen", "ja-heinsberg", "ja-hueckelhoven"), List.of()),
                LegalForm.PUBLIC_LAW_MANDATE,
                new AgreementDates(LocalDate.of(2013, 11, 1), LocalDate.of(2013, 12, 1), LocalDate.of(2013, 12, 15),
                        LocalDate.of(2014, 1, 1), null, "6 Monate zum Jahresende" + EXAMPLE),
                List.of("Frühe Hilfen", "Familienhebammen", "Bundesstiftung"),
                new AgreementText("Bundesinitiative Frühe Hilfen", "Gemeinsame Koordinierung und Familienhebammendienst",
                        "Beim Kreisjugendamt angesiedelt", "Pool der Bundesmittel plus 20 % Eigenanteil, jährlich an den Kreis; "
                        + "Fördermittel der Städte außer Heinsberg (Kreis: 104.178 € für 2021) sind Beispielwerte",
                        "Kreis Heinsberg, Kreisjugendamt" + EXAMPLE, List.of()),
                new CostRule(new KeySpec("grant-top-up", null, null, grants, null, null, new BigDecimal("20"), "on-top", null, null),
                        "LARGEST_REMAINDER", "YEARLY", null, null, null),
                0, LocalDate.of(2014, 1, 1), null, null, null, "51-FH-IKZ/2013" + EXAMPLE_REFERENCE);
    }

    static Agreement imblick(LocalDate validFrom, String note) {
        return new Agreement("imblick", "kinderschutz", "ImBlick – Netzwerk Kinderschutz und Frühe Hilfen in der StädteRegion Aachen",
                "ja-staedteregion",
                parties("ja-staedteregion", List.of("ja-aachen", "ja-alsdorf", "ja-eschweiler", "ja-herzogenrath", "ja-stolberg",
                        "ja-wuerselen"), List.of("ga-staedteregion", "kinderschutzbund-aachen")),
                LegalForm.COOPERATION_AGREEMENT,
                new AgreementDates(null, null, null, LocalDate.of(2015, 1, 1), null, "6 Monate zum Jahresende" + EXAMPLE),
                List.of("Kinderschutz", "Netzwerk", "Prävention"),
                new AgreementText("Netzwerke Kinderschutz nach KKG § 3 und LKiSchG NRW § 9",
                        "Seminare und Beratung für Eltern, Fortbildung für Fachkräfte, Prävention",
                        "Angebotsverzeichnis, übersetzte Informationen, Internetseite",
                        (validFrom.getYear() >= 2025 ? "15.000 €" : "10.000 €") + " jährlich, gleiche Anteile der Jugendämter" + EXAMPLE,
                        "StädteRegion Aachen, Koordination ImBlick" + EXAMPLE, List.of()),
                new CostRule(new KeySpec("equal", null, null, null, null, null, null, null, null, null), "LARGEST_REMAINDER",
                        "HALF_YEARLY", null, null, null),
                0, validFrom, note, null, null, "A 51-KS-ImBlick" + EXAMPLE_REFERENCE);
    }
}
