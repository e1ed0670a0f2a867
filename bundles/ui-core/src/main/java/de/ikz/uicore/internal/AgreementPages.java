package de.ikz.uicore.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.Roles;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kit.text.KeyWords;

/**
 * Vereinbarungen: the tenant's agreements, the version in force with its parties and cost rule in
 * words (the kit's {@link KeyWords}, as notices and the profile word it), the history of versions and
 * the profile PDF from the agreement service. Every user of the tenant reads, as in REST.
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + AgreementPages.ID)
public class AgreementPages extends CoreArea {

    /** The area's start page, named in full so that other areas' links reach it too. */
    static final String START = "/ui/vereinbarungen/";

    static final String ID = "vereinbarungen";

    private final AgreementService agreements;
    private final ParticipantService participants;
    private final ModuleRegistry modules;

    @Activate
    public AgreementPages(@Reference AgreementService agreements, @Reference ParticipantService participants,
                          @Reference ModuleRegistry modules) {
        super(ID, "Vereinbarungen");
        this.agreements = agreements;
        this.participants = participants;
        this.modules = modules;
    }

    /** A module measure's German label from the running modules (null if the module is not running). */
    KeyWords.MeasureLabels labels() {
        return (module, measure) -> modules.modules().stream().filter(m -> m.id().equals(module))
                .flatMap(m -> m.measures().stream()).filter(d -> d.id().equals(measure)).map(MeasureDefinition::label)
                .findFirst().orElse(null);
    }

    /** A module's German name, else its id. */
    String moduleName(String id) {
        return modules.modules().stream().filter(m -> m.id().equals(id)).map(m -> m.displayNames().getOrDefault("de", id))
                .findFirst().orElse(id);
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new ListPage(), new ShowPage(), new ProfilePage());
    }

    @Override
    public List<NavEntry> navigation(Locale locale) {
        return List.of(new NavEntry("Alle Vereinbarungen", START));
    }

    static String legalForm(LegalForm f) {
        if (f == null) {
            return "";
        }
        return switch (f) {
            case PUBLIC_LAW_DELEGATION -> "Öffentlich-rechtliche Vereinbarung (Übertragung, § 23 Abs. 1 Alt. 1 GkG NRW)";
            case PUBLIC_LAW_MANDATE -> "Öffentlich-rechtliche Vereinbarung (Durchführung, § 23 Abs. 1 Alt. 2 GkG NRW)";
            case ZWECKVERBAND -> "Zweckverband";
            case COOPERATION_AGREEMENT -> "Kooperationsvereinbarung";
        };
    }

    static String role(String role) {
        return switch (role == null ? "" : role) {
            case Party.LEAD -> "Hauptverantwortlich";
            case Party.PARTNER -> "Partner";
            case Party.OTHER -> "Sonstige Beteiligte";
            default -> Ui.orEmpty(role);
        };
    }

    static String rounding(String r) {
        return r == null || "LARGEST_REMAINDER".equals(r) ? "größter Rest (Cent-Reste an die größten Nachkommareste)"
                : "HALF_UP_RESIDUAL_TO_LARGEST".equals(r) ? "kaufmännisch, Rest an den größten Anteil" : r;
    }

    static String schedule(String s) {
        return switch (s == null ? "QUARTERLY" : s) {
            case "YEARLY" -> "jährlich";
            case "HALF_YEARLY" -> "halbjährlich";
            case "QUARTERLY" -> "vierteljährlich";
            default -> s;
        };
    }

    /** The cost rule as facts: the key in the kit's words, rounding, advance schedule, floors, caps, credits in kind. */
    static Part.Facts costRule(CostRule rule, Map<String, String> names, KeyWords.MeasureLabels labels) {
        if (rule == null) {
            return new Part.Facts(List.of(Ui.fact("Kostenregel", "keine")));
        }
        List<Part.Fact> f = new ArrayList<>();
        f.add(Ui.fact("Verteilung", KeyWords.describe(rule.key(), labels)));
        f.add(Ui.fact("Rundung", rounding(rule.rounding())));
        f.add(Ui.fact("Abschläge", schedule(rule.schedule())));
        amounts(f, "Mindestanteil", rule.floors(), names);
        amounts(f, "Höchstanteil", rule.caps(), names);
        amounts(f, "Sachleistung angerechnet", rule.creditsInKind(), names);
        return new Part.Facts(f);
    }

    private static void amounts(List<Part.Fact> f, String what, Map<String, BigDecimal> m, Map<String, String> names) {
        if (m != null) {
            m.forEach((id, v) -> f.add(Ui.fact(what + " " + Ui.name(names, id), Value.money(v))));
        }
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
            Map<String, String> names = Ui.names(participants.listBodies(r.caller(), t));
            List<Agreement> list = new ArrayList<>(agreements.list(r.caller(), t));
            list.sort(Comparator.comparing(Agreement::title, String.CASE_INSENSITIVE_ORDER));
            List<List<Value>> rows = list.stream().map(a -> List.<Value>of(Value.link(a.title(), a.id()),
                    Value.text(Ui.name(names, a.leadPartner())), Value.count(a.parties().size()),
                    Value.count(a.version()), Value.date(a.validFrom()),
                    a.dates() == null || a.dates().ends() == null ? Value.text("unbefristet") : Value.date(a.dates().ends())))
                    .toList();
            return new View.Screen("Vereinbarungen", List.of(new Part.Table("Vereinbarungen des Mandanten",
                    List.of("Titel", "Hauptverantwortlich", "Beteiligte", "Fassung", "Gilt ab", "Endet"), rows, null,
                    "Es sind noch keine Vereinbarungen erfasst.")));
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
            List<Agreement> history = agreements.history(r.caller(), t, id);
            if (history.isEmpty()) {
                throw IkzException.notFound("agreement", id);
            }
            Agreement a = agreements.asOf(r.caller(), t, id, r.today()).orElse(history.get(history.size() - 1));
            Map<String, String> names = Ui.names(participants.listBodies(r.caller(), t));
            List<Part> parts = new ArrayList<>();
            if (a.validFrom() != null && a.validFrom().isAfter(r.today())) {
                parts.add(Part.notice(Value.Tone.INFO, "Diese Fassung gilt erst ab einem späteren Tag."));
            }
            parts.add(Ui.facts(Ui.fact("Rechtsform", legalForm(a.legalForm())),
                    Ui.fact("Aufgabe", moduleName(a.moduleId())),
                    Ui.fact("Hauptverantwortlich", Value.link(Ui.name(names, a.leadPartner()), "/ui/" + ParticipantPages.ID + "/" + a.leadPartner())),
                    Ui.fact("Aktenzeichen", a.fileReference()),
                    Ui.fact("Fassung", Value.count(a.version())), Ui.fact("Gilt ab", Value.date(a.validFrom())),
                    a.dates() == null || a.dates().inForce() == null ? Ui.fact("In Kraft seit", "") : Ui.fact("In Kraft seit", Value.date(a.dates().inForce())),
                    a.dates() == null || a.dates().ends() == null ? Ui.fact("Endet", "unbefristet") : Ui.fact("Endet", Value.date(a.dates().ends())),
                    Ui.fact("Kündigungsfrist", a.dates() == null ? "" : a.dates().noticePeriod())));
            parts.add(Part.section("Beteiligte", new Part.Table("Beteiligte der Vereinbarung", List.of("Teilnehmer", "Rolle"),
                    a.parties().stream().map(p -> List.<Value>of(Value.link(Ui.name(names, p.participantId()),
                            "/ui/" + ParticipantPages.ID + "/" + p.participantId()), Value.text(role(p.role())))).toList(), null,
                    "Keine Beteiligten.")));
            parts.add(new Part.Section("Kostenregel", List.of(costRule(a.costRule(), names, labels()))));
            parts.add(Part.section("Fassungen", new Part.Table("Alle Fassungen, älteste zuerst",
                    List.of("Fassung", "Gilt ab", "Änderung", "Verteilung", "Erfasst am", "Erfasst von"),
                    history.stream().map(v -> List.<Value>of(Value.count(v.version()), Value.date(v.validFrom()), Ui.text(v.note()),
                            Value.text(v.costRule() == null ? "" : KeyWords.describe(v.costRule().key(), labels())),
                            Value.time(v.recordedAt()), Ui.text(v.recordedBy()))).toList(), null, "Keine Fassungen.")));
            parts.add(new Part.Links("Dokumente und Umlage", List.of(
                    new Part.Link("Profil der Vereinbarung (PDF)", id + "/profil", "PDF/A, Fassung von heute"),
                    new Part.Link("Umlage dieser Vereinbarung", "/ui/" + AllocationPages.ID + "/" + id, null))));
            return new View.Screen(a.title(), parts, new Part.Link("Zurück zu den Vereinbarungen", "/ui/" + ID, null));
        }
    }

    final class ProfilePage implements UiPage {
        @Override
        public String path() {
            return "{id}/profil";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String id = r.pathParam("id");
            byte[] pdf = agreements.profile(r.caller(), Ui.tenant(r), id, r.today(), "pdf");
            return new View.Download(id + "-profil.pdf", "application/pdf", pdf);
        }
    }
}
