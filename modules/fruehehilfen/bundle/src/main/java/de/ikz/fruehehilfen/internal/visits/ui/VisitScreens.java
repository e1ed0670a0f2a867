package de.ikz.fruehehilfen.internal.visits.ui;

import static de.ikz.fruehehilfen.internal.ModuleDefinition.COORDINATOR;
import static de.ikz.fruehehilfen.internal.ModuleDefinition.PROFESSIONAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyAccess;
import de.ikz.kit.ui.ScreenSet;
import de.ikz.fruehehilfen.internal.visits.AssessmentArea;
import de.ikz.fruehehilfen.internal.visits.AssessmentPhase;
import de.ikz.fruehehilfen.internal.visits.ContactKind;
import de.ikz.fruehehilfen.internal.visits.ContactPlace;
import de.ikz.fruehehilfen.internal.visits.ContentCategory;
import de.ikz.fruehehilfen.internal.visits.Factor;
import de.ikz.fruehehilfen.internal.visits.ReferralService;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitService.AssessmentInput;
import de.ikz.fruehehilfen.internal.visits.VisitService.Contact;
import de.ikz.fruehehilfen.internal.visits.VisitService.ContactInput;
import de.ikz.fruehehilfen.internal.visits.VisitService.LogFamily;
import de.ikz.fruehehilfen.internal.visits.VisitService.ResourcesInput;
import de.ikz.fruehehilfen.internal.visits.VisitService.VisitLog;
import de.ikz.kit.text.GermanFormat;

/**
 * The professional's visit log, mobile first ({@code /ui/fruehehilfen/besuche…}): her open families
 * as large tiles, one tap to the contact form with the usual values already set (today, 60
 * minutes, home visit in the family's home), check boxes for the topics and referrals, one button;
 * her recent contacts below. Forms for an assessment and for the checklist of resources and
 * burdens of one family. Every page calls {@link VisitService} with the session's caller: the same
 * rules, refusals and access-log entries as over REST. The family page's sections are
 * {@link VisitPageParts}.
 */
public final class VisitScreens implements ScreenSet {

    static final String LOG = "besuche";
    static final String CONTACT = "besuche/{id}";
    static final String ASSESSMENT = "besuche/{id}/einschaetzung";
    static final String RESOURCES = "besuche/{id}/ressourcen";

    /** The families part's family page, relative to the module's area. */
    static String familyPage(String familyId) {
        return "familien/" + familyId;
    }

    static String contactPage(String familyId) {
        return "besuche/" + familyId;
    }

    static String assessmentPage(String familyId) {
        return "besuche/" + familyId + "/einschaetzung";
    }

    static String resourcesPage(String familyId) {
        return "besuche/" + familyId + "/ressourcen";
    }

    private final VisitService visits;
    private final FamilyAccess access;

    public VisitScreens(VisitService visits, FamilyAccess access) {
        this.visits = visits;
        this.access = access;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new LogPage(), new ContactPage(), new AssessmentPage(), new ResourcesPage());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Besuche", LOG));
    }

    /** The sections of the families part's family page. */
    public VisitPageParts familyPageParts() {
        return new VisitPageParts(visits);
    }

    // ------------------------------------------------------------------ helpers

    static String tenant(UiRequest r) {
        return r.caller().tenantFor(r.query().getOrDefault("tenant", List.of()).stream().findFirst().orElse(null));
    }

    static <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> label) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E e : values) {
            m.put(e.name(), label.apply(e));
        }
        return m;
    }

    /** A date the form sent (ISO, as a date input sends it), or null when empty. */
    static LocalDate date(UiRequest r, String name) {
        return r.param(name).map(v -> Input.date(name, v)).orElse(null);
    }

    /** A whole number the form sent, or null when empty; text that is no number is refused naming the field. */
    static Integer number(UiRequest r, String name, String what) {
        return r.param(name).map(v -> {
            String t = v.strip();
            if (t.length() > 6 || !t.matches("-?\\d+")) {
                throw IkzException.invalid(name, "Bitte geben Sie " + what + " als ganze Zahl an.");
            }
            return Integer.valueOf(t);
        }).orElse(null);
    }

    /**
     * A form about one family ({@code …/{id}…}): shown only for a family the caller may change (coordinator, assigned
     * professional; its pseudonym heads the form), sent to the service, which checks again.
     */
    abstract class FamilyForm implements UiPage {
        private final String path;

        FamilyForm(String path) {
            this.path = path;
        }

        @Override
        public final String path() {
            return path;
        }

        @Override
        @Roles({COORDINATOR, PROFESSIONAL})
        public final View view(UiRequest r) {
            return form(r, access.requireWritable(r.caller(), tenant(r), r.pathParam("id")));
        }

        @Override
        @Roles({COORDINATOR, PROFESSIONAL})
        public final View submit(UiRequest r) {
            return save(r, tenant(r), r.pathParam("id"));
        }

        /** The form for the family. */
        abstract View form(UiRequest r, Family f);

        /** Sends the form to the service; the redirect after it. */
        abstract View save(UiRequest r, String tenantId, String familyId);
    }

    // ------------------------------------------------------------------ the visit log

    final class LogPage implements UiPage {
        @Override
        public String path() {
            return LOG;
        }

        @Override
        @Roles({COORDINATOR, PROFESSIONAL})
        public View view(UiRequest r) {
            String t = tenant(r);
            VisitLog log = visits.visitLog(r.caller(), t);
            List<Part> parts = new ArrayList<>();
            if (log.families().isEmpty()) {
                parts.add(new Part.Notice(Value.Tone.INFO, "Ihnen ist zurzeit keine laufende Begleitung zugeordnet."));
            } else {
                parts.add(new Part.Paragraph("Tippen Sie auf eine Familie, um einen Kontakt zu erfassen."));
                List<Part.Card> cards = new ArrayList<>();
                for (LogFamily f : log.families()) {
                    String text = "Kontakte in diesem Monat; " + (f.lastContact() == null ? "noch kein Kontakt"
                            : "zuletzt am " + GermanFormat.date(f.lastContact()));
                    cards.add(new Part.Card(f.pseudonym(), Value.count(f.contactsThisMonth()), text, contactPage(f.familyId()),
                            Value.Tone.INFO));
                }
                parts.add(new Part.Section("Ihre Familien", List.of(new Part.Cards(cards))));
            }
            List<List<Value>> rows = new ArrayList<>();
            for (Contact c : log.recent()) {
                rows.add(List.of(new Value.Date(c.date()), new Value.LinkTo(c.familyPseudonym(), familyPage(c.familyId())),
                        Value.text(c.kind().label())));
            }
            parts.add(new Part.Section("Ihre letzten Kontakte", List.of(new Part.Table("Ihre zuletzt erfassten Kontakte",
                    List.of("Datum", "Familie", "Art"), rows, null, "Sie haben noch keinen Kontakt erfasst."))));
            return new View.Screen("Besuchsprotokoll", parts);
        }
    }

    // ------------------------------------------------------------------ a contact

    final class ContactPage extends FamilyForm {
        ContactPage() {
            super(CONTACT);
        }

        @Override
        View form(UiRequest r, Family f) {
            String self = contactPage(f.id());
            List<Part.Input> inputs = new ArrayList<>();
            inputs.add(new Part.Input("date", "Datum", InputType.DATE, r.today().toString(), null, true, null));
            inputs.add(new Part.Input("minutes", "Dauer in Minuten", InputType.NUMBER,
                    String.valueOf(visits.limits().defaultMinutes()), null, true,
                    "1 bis " + visits.limits().maxMinutes() + " Minuten"));
            inputs.add(new Part.Input("kind", "Art des Kontakts", InputType.RADIO, ContactKind.HOME_VISIT.name(),
                    options(ContactKind.values(), ContactKind::label), true, null));
            inputs.add(new Part.Input("place", "Ort", InputType.SELECT, "",
                    withEmpty("passend zur Art", options(ContactPlace.values(), ContactPlace::label)), false,
                    "Hausbesuch: Wohnung der Familie, Telefonat: Telefon"));
            inputs.add(new Part.Input("categories", "Themen", InputType.CHECKBOX, null,
                    options(ContentCategory.values(), ContentCategory::label), false, "Mehrere möglich"));
            inputs.add(new Part.Input("referrals", "Vermittelt an", InputType.CHECKBOX, null,
                    options(ReferralService.values(), ReferralService::label), false, "Nur wenn Sie die Familie weitervermittelt haben"));
            if (ModuleRolesView.coordinator(r.caller())) {
                inputs.add(new Part.Input("staffId", "Fachkraft (Kennung)", InputType.TEXT, f.staffId().orElse(null), null, false,
                        "Leer: die zugeordnete Fachkraft"));
            }
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Form(self, Part.Method.POST, inputs, "Kontakt speichern", null));
            parts.add(new Part.Links("Weiteres zu dieser Familie", List.of(
                    new Part.Link("Familienseite mit allen Kontakten", familyPage(f.id()), null),
                    new Part.Link("Einschätzung in sechs Bereichen erfassen", assessmentPage(f.id()), null),
                    new Part.Link("Ressourcen und Belastungen erfassen", resourcesPage(f.id()), null))));
            return new View.Screen("Kontakt erfassen: " + f.pseudonym(), parts, new Part.Link("Zurück zum Besuchsprotokoll", LOG, null));
        }

        @Override
        View save(UiRequest r, String t, String id) {
            Contact c = visits.addContact(r.caller(), t, id, new ContactInput(r.param("staffId").orElse(null), date(r, "date"),
                    number(r, "minutes", "die Dauer in Minuten"), r.param("place").orElse(null), r.param("kind").orElse(null),
                    r.params("categories"), r.params("referrals")));
            return new View.Redirect(LOG, "Kontakt mit " + c.familyPseudonym() + " am " + GermanFormat.date(c.date()) + " ("
                    + c.minutes() + " Minuten, " + c.kind().label() + ") gespeichert.");
        }
    }

    private static Map<String, String> withEmpty(String label, Map<String, String> options) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", label);
        m.putAll(options);
        return m;
    }

    // ------------------------------------------------------------------ an assessment

    final class AssessmentPage extends FamilyForm {
        AssessmentPage() {
            super(ASSESSMENT);
        }

        @Override
        View form(UiRequest r, Family f) {
            Map<String, String> scale = new LinkedHashMap<>();
            for (int i = AssessmentArea.Scale.MIN; i <= AssessmentArea.Scale.MAX; i++) {
                scale.put(String.valueOf(i), AssessmentArea.Scale.label(i));
            }
            List<Part.Input> inputs = new ArrayList<>();
            inputs.add(new Part.Input("phase", "Zeitpunkt", InputType.RADIO, null,
                    options(AssessmentPhase.values(), AssessmentPhase::label), true,
                    "Beginn und Abschluss je einmal, im Verlauf beliebig oft"));
            inputs.add(new Part.Input("date", "Datum", InputType.DATE, r.today().toString(), null, true, null));
            for (AssessmentArea a : AssessmentArea.values()) {
                inputs.add(new Part.Input(a.field(), a.label(), InputType.SELECT, null, scale, true, null));
            }
            return new View.Screen("Einschätzung: " + f.pseudonym(), List.of(
                    new Part.Paragraph("Bewerten Sie jeden der sechs Bereiche des Dokumentationsbogens von 1 "
                            + "(erhebliche Probleme) bis 5 (gut, keine Probleme)."),
                    new Part.Form(assessmentPage(f.id()), Part.Method.POST, inputs, "Einschätzung speichern", null)),
                    new Part.Link("Zurück zur Familie", familyPage(f.id()), null));
        }

        @Override
        View save(UiRequest r, String t, String id) {
            Map<AssessmentArea, Integer> v = new LinkedHashMap<>();
            for (AssessmentArea a : AssessmentArea.values()) {
                v.put(a, number(r, a.field(), "die Bewertung"));
            }
            VisitService.Assessment a = visits.addAssessment(r.caller(), t, id, new AssessmentInput(r.param("phase").orElse(null),
                    date(r, "date"), v.get(AssessmentArea.HOUSEHOLD), v.get(AssessmentArea.EXTERNAL_SUPPORT),
                    v.get(AssessmentArea.INTERNAL_SUPPORT), v.get(AssessmentArea.SELF_CARE), v.get(AssessmentArea.CHILD_CARE),
                    v.get(AssessmentArea.INTERACTION)));
            return new View.Redirect(familyPage(a.familyId()), "Einschätzung (" + a.phase().label() + ") vom "
                    + GermanFormat.date(a.date()) + " gespeichert.");
        }
    }

    // ------------------------------------------------------------------ resources and burdens

    final class ResourcesPage extends FamilyForm {
        ResourcesPage() {
            super(RESOURCES);
        }

        @Override
        View form(UiRequest r, Family f) {
            List<Part.Input> inputs = new ArrayList<>();
            inputs.add(new Part.Input("date", "Datum", InputType.DATE, r.today().toString(), null, true, null));
            for (Factor.Side side : Factor.Side.values()) {
                Map<String, String> opts = new LinkedHashMap<>();
                for (Factor x : Factor.values()) {
                    if (x.side() == side) {
                        opts.put(x.name(), x.label() + (x.health() ? " (Gesundheitsdaten)" : ""));
                    }
                }
                inputs.add(new Part.Input("factors", side == Factor.Side.RESOURCE ? "Ressourcen" : "Belastungen", InputType.CHECKBOX,
                        null, opts, false, side == Factor.Side.RESOURCE ? "Was die Familie stärkt" : "Was die Familie belastet"));
            }
            return new View.Screen("Ressourcen und Belastungen: " + f.pseudonym(), List.of(
                    new Part.Notice(Value.Tone.INFO, "Angaben, die als Gesundheitsdaten markiert sind, dürfen Sie nur erfassen, "
                            + "wenn die Familie in die Verarbeitung von Gesundheitsdaten eingewilligt hat. Die Angaben werden "
                            + "verschlüsselt gespeichert."),
                    new Part.Form(resourcesPage(f.id()), Part.Method.POST, inputs, "Checkliste speichern", null)),
                    new Part.Link("Zurück zur Familie", familyPage(f.id()), null));
        }

        @Override
        View save(UiRequest r, String t, String id) {
            VisitService.Resources res = visits.addResources(r.caller(), t, id, new ResourcesInput(date(r, "date"), r.params("factors")));
            return new View.Redirect(familyPage(res.familyId()), "Checkliste vom " + GermanFormat.date(res.date()) + " mit "
                    + res.factors().size() + " Angaben gespeichert.");
        }
    }

    /** Role checks a page needs for what it offers (the row rules stay with the services). */
    static final class ModuleRolesView {
        private ModuleRolesView() {
        }

        static boolean coordinator(de.ikz.api.tenant.Caller c) {
            return de.ikz.fruehehilfen.internal.families.FamilyRoles.coordinator(c);
        }

        static boolean writer(de.ikz.api.tenant.Caller c) {
            return coordinator(c) || de.ikz.fruehehilfen.internal.families.FamilyRoles.professional(c);
        }
    }

    /** Labels of a list of enum values, joined. */
    static <E extends Enum<E>> String labels(List<E> values, Function<E, String> label) {
        return values.stream().map(label).collect(Collectors.joining(", "));
    }
}
