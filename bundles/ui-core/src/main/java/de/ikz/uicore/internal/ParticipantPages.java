package de.ikz.uicore.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.PostalAddress;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kit.text.GermanFormat;

/**
 * Teilnehmer: the tenant's participants, their jurisdiction (municipalities by AGS, per period) and
 * population figures, and the letter details (address, contact, bank). Every user of the tenant
 * reads; its tenant admins create and change, as in REST (GET/POST/PUT /participants).
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + ParticipantPages.ID)
public class ParticipantPages extends CoreArea {

    /** The area's start page, named in full so that other areas' links reach it too. */
    static final String START = "/ui/teilnehmer/";

    static final String ID = "teilnehmer";

    private static final List<String> FIGURES = List.of(FigureValue.POPULATION, FigureValue.UNDER_18, FigureValue.UNDER_3);

    private final ParticipantService participants;

    @Activate
    public ParticipantPages(@Reference ParticipantService participants) {
        super(ID, "Teilnehmer");
        this.participants = participants;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new ListPage(), new NewPage(), new ShowPage(), new EditPage(), new JurisdictionPage());
    }

    @Override
    public List<NavEntry> navigation(Locale locale) {
        return List.of(new NavEntry("Alle Teilnehmer", START));
    }

    static String figureLabel(String figure) {
        return switch (figure) {
            case FigureValue.POPULATION -> "Einwohner";
            case FigureValue.UNDER_18 -> "Einwohner unter 18 Jahren";
            case FigureValue.UNDER_3 -> "Einwohner unter 3 Jahren";
            default -> figure;
        };
    }

    final class ListPage implements UiPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String t = Ui.tenant(r);
            List<Participant> list = new ArrayList<>(participants.list(r.caller(), t));
            list.sort(Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER));
            Map<String, String> names = Ui.names(list);
            List<List<Value>> rows = list.stream().map(p -> List.<Value>of(
                    Value.link(p.name(), p.id()), Value.text(Ui.kind(p.kind())), Ui.text(p.key()),
                    p.parentId() == null ? Value.text("") : Value.link(Ui.name(names, p.parentId()), p.parentId()),
                    p.address() != null && p.address().complete() && p.bank() != null
                            ? Value.badge("vollständig", Value.Tone.SUCCESS) : Value.badge("unvollständig", Value.Tone.WARNING)))
                    .toList();
            List<Part> parts = new ArrayList<>();
            if (r.caller().has(de.ikz.api.tenant.PlatformRole.TENANT_ADMIN)) {
                parts.add(new Part.Actions(List.of(new Part.Action("Teilnehmer anlegen", "neu", Part.Method.GET, null, true, null))));
            }
            parts.add(new Part.Table("Teilnehmer des Mandanten", List.of("Name", "Art", "Schlüssel (AGS)", "Gehört zu",
                    "Briefangaben"), rows, null, "Es sind noch keine Teilnehmer angelegt."));
            return new View.Screen("Teilnehmer", parts);
        }
    }

    final class ShowPage implements UiPage {
        @Override
        public String path() {
            return "{id}";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String t = Ui.tenant(r);
            String id = r.pathParam("id");
            Participant p = participants.find(r.caller(), t, id).orElseThrow(() -> IkzException.notFound("participant", id));
            Map<String, String> names = Ui.names(participants.list(r.caller(), t));
            List<Part> parts = new ArrayList<>();
            parts.add(Ui.facts(Ui.fact("Art", Ui.kind(p.kind())), Ui.fact("Kennung", p.id()),
                    Ui.fact("Schlüssel (AGS)", p.key()),
                    p.parentId() == null ? Ui.fact("Gehört zu", "") : Ui.fact("Gehört zu",
                            Value.link(Ui.name(names, p.parentId()), "/ui/" + ID + "/" + p.parentId()))));
            parts.add(letterDetails(p));
            parts.add(jurisdiction(r, t, p));
            parts.add(figures(r, t, p));
            if (!p.contacts().isEmpty()) {
                parts.add(Part.section("Kontakte", new Part.Table("Kontakte", List.of("Rolle", "Person", "Stelle", "Telefon",
                        "E-Mail"), p.contacts().stream().map(c -> List.of(Ui.text(c.role()), Ui.text(c.person()),
                        Ui.text(c.office()), Ui.text(c.phone()), Ui.text(c.email()))).toList(), null, "Keine Kontakte.")));
            }
            if (r.caller().has(de.ikz.api.tenant.PlatformRole.TENANT_ADMIN)) {
                parts.add(new Part.Actions(List.of(
                        new Part.Action("Angaben bearbeiten", p.id() + "/bearbeiten", Part.Method.GET, null, true, null),
                        Part.Action.link("Zuständigkeit ergänzen", p.id() + "/zustaendigkeit"))));
            }
            return new View.Screen(p.name(), parts, new Part.Link("Zurück zu den Teilnehmern", "/ui/" + ID, null));
        }

        private Part letterDetails(Participant p) {
            PostalAddress a = p.address();
            BankAccount b = p.bank();
            List<Part> parts = new ArrayList<>();
            if (a == null && b == null && p.contactPerson() == null && p.phone() == null && p.email() == null) {
                parts.add(Part.notice(Value.Tone.WARNING, "Es sind keine Briefangaben hinterlegt: Briefe tragen die "
                        + "Angaben des Trägers."));
            }
            parts.add(Ui.facts(
                    Ui.fact("Anschrift", a == null ? "" : String.join(", ", List.of(Ui.orEmpty(a.name()), Ui.orEmpty(a.addition()),
                            Ui.orEmpty(a.street()), (Ui.orEmpty(a.postalCode()) + " " + Ui.orEmpty(a.city())).strip())
                            .stream().filter(s -> !s.isBlank()).toList())),
                    Ui.fact("Ansprechperson", p.contactPerson()), Ui.fact("Telefon", p.phone()), Ui.fact("E-Mail", p.email()),
                    Ui.fact("Kontoinhaber", b == null ? "" : b.holder()),
                    Ui.fact("IBAN", b == null || b.iban() == null ? "" : GermanFormat.iban(b.iban())),
                    Ui.fact("BIC", b == null ? "" : b.bic()), Ui.fact("Bank", b == null ? "" : b.bank())));
            return new Part.Section("Briefangaben", parts);
        }

        private Part jurisdiction(UiRequest r, String t, Participant p) {
            List<JurisdictionEntry> entries = participants.jurisdiction(r.caller(), t, p.id());
            List<List<Value>> rows = entries.stream().map(e -> List.<Value>of(Value.text(e.ags()), Value.date(e.validFrom()),
                    e.validTo() == null ? Value.text("unbefristet") : Value.date(e.validTo()),
                    e.validOn(r.today()) ? Value.badge("gilt heute", Value.Tone.SUCCESS) : Value.badge("nicht heute", Value.Tone.INFO)))
                    .toList();
            List<String> area = Ui.quietly(() -> participants.area(r.caller(), t, p.id(), r.today())).orElse(List.of());
            return Part.section("Zuständigkeit",
                    new Part.Table("Zuständigkeit nach Gemeinden (AGS)", List.of("Gemeinde (AGS)", "Gültig ab", "Gültig bis", "Stand"),
                            rows, null, "Keine eigenen Einträge: es zählt das eigene Gebiet nach Schlüssel."),
                    new Part.Facts(List.of(Ui.fact("Gebiet heute", Value.count(area.size())))));
        }

        private Part figures(UiRequest r, String t, Participant p) {
            List<List<Value>> rows = new ArrayList<>();
            for (String f : FIGURES) {
                Optional<FigureSum> sum = Ui.quietly(() -> participants.figure(r.caller(), t, p.id(), f, r.today(), r.today()));
                rows.add(sum.map(s -> List.<Value>of(Value.text(figureLabel(f)), Value.count(s.total()),
                        Value.date(s.parts().stream().map(FigureValue::referenceDate).max(Comparator.naturalOrder()).orElse(null)),
                        Value.text(String.join(", ", s.parts().stream().map(FigureValue::source).distinct().toList())),
                        Value.count(s.parts().size())))
                        .orElse(List.of(Value.text(figureLabel(f)), Value.badge("keine Angabe", Value.Tone.WARNING),
                                Value.text(""), Value.text(""), Value.text(""))));
            }
            return Part.section("Einwohnerzahlen",
                    new Part.Table("Einwohnerzahlen im Gebiet, Stand heute", List.of("Kennzahl", "Wert", "Stichtag", "Quelle",
                            "Gemeinden"), rows, null, "Keine Zahlen."));
        }
    }

    /** The fields of the participant form, named as the service names them in a refusal. */
    static List<Part.Input> form(Participant p, boolean withId, Map<String, String> parents) {
        PostalAddress a = p == null ? null : p.address();
        BankAccount b = p == null ? null : p.bank();
        List<Part.Input> in = new ArrayList<>();
        if (withId) {
            in.add(Ui.input("id", "Kennung", Part.InputType.TEXT, null, true,
                    "2 bis 40 Zeichen: Kleinbuchstaben, Ziffern und Bindestrich, z. B. ja-alsdorf"));
        }
        in.add(Part.Input.text("name", "Name", p == null ? null : p.name(), true));
        in.add(Ui.select("kind", "Art", Ui.kindOptions(), p == null ? null : p.kind().name(), true));
        in.add(Ui.input("key", "Schlüssel (AGS)", Part.InputType.TEXT, p == null ? null : p.key(), false,
                "Gemeinde: 8 Ziffern; Kreis oder kreisfreie Stadt: 5 Ziffern"));
        Map<String, String> opts = new java.util.LinkedHashMap<>();
        opts.put("", "(keiner)");
        opts.putAll(parents);
        if (p != null) {
            opts.remove(p.id());
        }
        in.add(Ui.select("parentId", "Gehört zu", opts, p == null ? "" : Ui.orEmpty(p.parentId()), false));
        in.add(Part.Input.text("address.name", "Anschrift: Empfänger", a == null ? null : a.name(), false));
        in.add(Part.Input.text("address.addition", "Anschrift: Zusatz (Abteilung, z. Hd.)", a == null ? null : a.addition(), false));
        in.add(Part.Input.text("address.street", "Straße und Hausnummer", a == null ? null : a.street(), false));
        in.add(Ui.input("address.postalCode", "Postleitzahl", Part.InputType.TEXT, a == null ? null : a.postalCode(), false, "5 Ziffern"));
        in.add(Part.Input.text("address.city", "Ort", a == null ? null : a.city(), false));
        in.add(Part.Input.text("contactPerson", "Ansprechperson", p == null ? null : p.contactPerson(), false));
        in.add(Ui.input("phone", "Telefon", Part.InputType.TEL, p == null ? null : p.phone(), false, null));
        in.add(Ui.input("email", "E-Mail", Part.InputType.EMAIL, p == null ? null : p.email(), false, null));
        in.add(Part.Input.text("bank.holder", "Kontoinhaber", b == null ? null : b.holder(), false));
        in.add(Ui.input("bank.iban", "IBAN", Part.InputType.TEXT, b == null ? null : b.iban(), false, "Leerzeichen sind erlaubt"));
        in.add(Part.Input.text("bank.bic", "BIC", b == null ? null : b.bic(), false));
        in.add(Part.Input.text("bank.bank", "Bank", b == null ? null : b.bank(), false));
        return in;
    }

    /** The participant a form describes; blank address or bank fields mean none. */
    static Participant fromForm(UiRequest r, String id, List<de.ikz.api.participant.Contact> contacts) {
        String kindText = r.require("kind");
        ParticipantKind kind;
        try {
            kind = ParticipantKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw IkzException.invalid("kind", "Bitte wählen Sie eine Art aus der Liste.");
        }
        String street = Ui.blankToNull(r.param("address.street"));
        String postal = Ui.blankToNull(r.param("address.postalCode"));
        String city = Ui.blankToNull(r.param("address.city"));
        String aName = Ui.blankToNull(r.param("address.name"));
        String addition = Ui.blankToNull(r.param("address.addition"));
        PostalAddress address = street == null && postal == null && city == null && aName == null && addition == null ? null
                : new PostalAddress(aName, addition, street, postal, city);
        String holder = Ui.blankToNull(r.param("bank.holder"));
        String iban = Ui.blankToNull(r.param("bank.iban"));
        String bic = Ui.blankToNull(r.param("bank.bic"));
        String bankName = Ui.blankToNull(r.param("bank.bank"));
        BankAccount bank = holder == null && iban == null && bic == null && bankName == null ? null
                : new BankAccount(holder, iban, bic, bankName);
        return new Participant(id, kind, r.require("name"), Ui.blankToNull(r.param("key")), Ui.blankToNull(r.param("parentId")),
                contacts, address, Ui.blankToNull(r.param("contactPerson")), Ui.blankToNull(r.param("phone")),
                Ui.blankToNull(r.param("email")), bank);
    }

    private Map<String, String> parents(UiRequest r, String t) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        participants.list(r.caller(), t).stream().sorted(Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> m.put(p.id(), p.name()));
        return m;
    }

    final class NewPage implements UiPage {
        @Override
        public String path() {
            return "neu";
        }

        @Override
        @Roles("tenant-admin")
        public View view(UiRequest r) {
            return new View.Screen("Teilnehmer anlegen", List.of(
                    Part.paragraph("Die Briefangaben sind freiwillig; fehlen sie, tragen Briefe die Angaben des Trägers. "
                            + "Anschrift: Straße, Postleitzahl und Ort gehören zusammen."),
                    new Part.Form("neu", Part.Method.POST, form(null, true, parents(r, Ui.tenant(r))), "Teilnehmer anlegen", null)),
                    new Part.Link("Zurück zu den Teilnehmern", "/ui/" + ID, null));
        }

        @Override
        @Roles("tenant-admin")
        public View submit(UiRequest r) {
            Participant p = participants.create(r.caller(), Ui.tenant(r), fromForm(r, r.require("id"), List.of()));
            return View.redirect("/ui/" + ID + "/" + p.id(), "Der Teilnehmer „" + p.name() + "“ wurde angelegt.");
        }
    }

    final class EditPage implements UiPage {
        @Override
        public String path() {
            return "{id}/bearbeiten";
        }

        private Participant load(UiRequest r) {
            String id = r.pathParam("id");
            return participants.find(r.caller(), Ui.tenant(r), id).orElseThrow(() -> IkzException.notFound("participant", id));
        }

        @Override
        @Roles("tenant-admin")
        public View view(UiRequest r) {
            Participant p = load(r);
            return new View.Screen(p.name() + " bearbeiten", List.of(
                    Part.paragraph("Ein leeres Feld wird gelöscht. Kontakte bleiben, wie sie sind."),
                    new Part.Form(p.id() + "/bearbeiten", Part.Method.POST, form(p, false, parents(r, Ui.tenant(r))),
                            "Änderungen speichern", null)),
                    new Part.Link("Zurück zu " + p.name(), "/ui/" + ID + "/" + p.id(), null));
        }

        @Override
        @Roles("tenant-admin")
        public View submit(UiRequest r) {
            Participant old = load(r);
            Participant p = participants.update(r.caller(), Ui.tenant(r), fromForm(r, old.id(), old.contacts()));
            return View.redirect("/ui/" + ID + "/" + p.id(), "Die Angaben wurden gespeichert.");
        }
    }

    final class JurisdictionPage implements UiPage {
        @Override
        public String path() {
            return "{id}/zustaendigkeit";
        }

        @Override
        @Roles("tenant-admin")
        public View view(UiRequest r) {
            String id = r.pathParam("id");
            Participant p = participants.find(r.caller(), Ui.tenant(r), id).orElseThrow(() -> IkzException.notFound("participant", id));
            return new View.Screen("Zuständigkeit von " + p.name() + " ergänzen", List.of(
                    Part.paragraph("Eine Gemeinde, für die " + p.name() + " ab einem Tag zuständig ist. Sobald es eigene "
                            + "Einträge gibt, zählen nur diese für die Einwohnerzahlen."),
                    new Part.Form(p.id() + "/zustaendigkeit", Part.Method.POST, List.of(
                            Ui.input("ags", "Gemeinde (AGS)", Part.InputType.TEXT, null, true, "8 Ziffern, z. B. 05334002"),
                            Ui.input("validFrom", "Gültig ab", Part.InputType.DATE, null, true, null),
                            Ui.input("validTo", "Gültig bis", Part.InputType.DATE, null, false, "leer: unbefristet")),
                            "Zuständigkeit speichern", null)),
                    new Part.Link("Zurück zu " + p.name(), "/ui/" + ID + "/" + p.id(), null));
        }

        @Override
        @Roles("tenant-admin")
        public View submit(UiRequest r) {
            String id = r.pathParam("id");
            JurisdictionEntry e = new JurisdictionEntry(r.require("ags"), Ui.date("validFrom", r.param("validFrom").orElse(null), true),
                    Ui.date("validTo", r.param("validTo").orElse(null), false));
            participants.addJurisdiction(r.caller(), Ui.tenant(r), id, e);
            return View.redirect("/ui/" + ID + "/" + id, "Die Zuständigkeit für " + e.ags() + " wurde gespeichert.");
        }
    }
}
