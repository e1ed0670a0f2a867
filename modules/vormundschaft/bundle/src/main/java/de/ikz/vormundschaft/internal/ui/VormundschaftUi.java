package de.ikz.vormundschaft.internal.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.vormundschaft.internal.VormundschaftModule;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Volunteers;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The guardianship module's area of the web UI ({@code /ui/vormundschaft/…}): the coordinator's
 * day ({@link DuePages}, the start page), volunteers through the pipeline ({@link VolunteerPages}),
 * courses ({@link CoursePages}) and the case screens ({@link CaseUiPages}: children, matching,
 * appointments, accompaniment, reports). Registered with the module's bundle, so the area comes
 * and goes with the module's KAR. Every page calls the module's services with the request's
 * caller — the same calls REST makes — and declares the same roles as the REST operation behind it.
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + VormundschaftModule.ID)
public final class VormundschaftUi implements UiContribution {

    static final Optional<String> MODULE = Optional.of(VormundschaftModule.ID);

    /** Stages before the pool: these volunteers wait for the office's next step. */
    static final Set<VolunteerStage> BEFORE_POOL = EnumSet.range(VolunteerStage.ENQUIRY, VolunteerStage.REFLECTION_TALK);

    /** The start page as a card's target, named in full (the same page as {@link DuePages#START}). */
    static final String START_TARGET = "/ui/" + VormundschaftModule.ID + "/";

    private static final Caller DIRECTORY = Caller.system("module vormundschaft: youth offices for the web UI");

    /** Navigation in display order; an entry is offered only while a page has its path. */
    private static final List<NavEntry> NAVIGATION = List.of(
            new NavEntry("Heute fällig", DuePages.START),
            new NavEntry("Ehrenamtliche", VolunteerPages.BOARD),
            new NavEntry("Schulungen", CoursePages.COURSES),
            new NavEntry("Kinder", "children"),
            new NavEntry("Bestellungen", "appointments"),
            new NavEntry("Kontakte", "contacts"),
            new NavEntry("Gruppenabende", "group-evenings"),
            new NavEntry("Aufwandspauschalen", "allowance-claims"),
            new NavEntry("Berichte", "reports"),
            new NavEntry("Schulungsmodule", CoursePages.MODULES));

    private final Volunteers volunteers;
    private final Reports reports;
    private final List<UiPage> pages;

    @Activate
    public VormundschaftUi(@Reference Volunteers volunteers, @Reference Training training, @Reference Cases cases,
                           @Reference Appointments appointments, @Reference Reports reports,
                           @Reference ParticipantService participants) {
        this(volunteers, training, cases, appointments, reports, tenant -> youthOffices(participants, tenant));
    }

    /**
     * @param offices the youth offices of a tenant, id → name, for the office field of a volunteer
     */
    VormundschaftUi(Volunteers volunteers, Training training, Cases cases, Appointments appointments, Reports reports,
                    Function<String, Map<String, String>> offices) {
        this.volunteers = Objects.requireNonNull(volunteers, "volunteers");
        this.reports = Objects.requireNonNull(reports, "reports");
        List<UiPage> all = new ArrayList<>();
        all.addAll(new DuePages(reports, volunteers).pages());
        all.addAll(new VolunteerPages(volunteers, training, appointments, offices).pages());
        all.addAll(new CoursePages(training, volunteers).pages());
        all.addAll(new CaseUiPages(cases, appointments, reports, volunteers, offices).pages());
        this.pages = List.copyOf(all);
    }

    @Override
    public String id() {
        return VormundschaftModule.ID;
    }

    @Override
    public Optional<String> module() {
        return MODULE;
    }

    @Override
    public String title(Locale locale) {
        return "Vormundschaften";
    }

    @Override
    public List<UiPage> pages() {
        return pages;
    }

    @Override
    public List<NavEntry> navigation(Locale locale) {
        Set<String> paths = new java.util.HashSet<>();
        pages.forEach(p -> paths.add(p.path()));
        return NAVIGATION.stream().filter(e -> paths.contains(e.page())).toList();
    }

    /**
     * Two cards for the office's readers (coordinators, auditors): what is due (overdue in the
     * text, warning tone when anything is) and the volunteers waiting for the office's next step.
     * Nothing for anybody else, so the services are never asked on their behalf.
     */
    @Override
    public List<Part.Card> cards(UiRequest request) {
        if (!CaseUiPages.officeReader(request.caller())) {
            return List.of();
        }
        String tenant = CaseUiPages.tenant(request);
        List<Reports.Due> due = reports.due(request.caller(), tenant, null);
        long overdue = due.stream().filter(Reports.Due::overdue).count();
        long waiting = volunteers.volunteers(request.caller(), tenant, null).stream()
                .filter(v -> BEFORE_POOL.contains(v.stage())).count();
        return List.of(
                new Part.Card("Fällig in den nächsten " + Reports.DEFAULT_DAYS + " Tagen", Value.count(due.size()),
                        overdue == 0 ? "Nichts überfällig" : overdue + " überfällig", START_TARGET,
                        overdue == 0 ? Value.Tone.INFO : Value.Tone.WARNING),
                new Part.Card("Ehrenamtliche vor dem nächsten Schritt", Value.count(waiting),
                        "Anfrage bis Reflexionsgespräch", VolunteerPages.BOARD, Value.Tone.INFO));
    }

    // ------------------------------------------------------------------ helpers of the pages

    /** An optional yes/no field sent as {@code true}/{@code false}. */
    static Boolean yesNo(UiRequest r, String name) {
        Optional<String> v = r.param(name);
        if (v.isEmpty()) {
            return null;
        }
        return switch (v.get()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw IkzException.invalid(name, "Bitte wählen Sie ja oder nein.");
        };
    }

    /** A list typed as text, separated by commas or semicolons ("Deutsch, Arabisch"). */
    static List<String> list(UiRequest r, String name) {
        List<String> out = new ArrayList<>();
        for (String v : r.params(name)) {
            for (String part : v.split("[,;]")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** A volunteer as a cell: name and id, linked to the volunteer's page. */
    static Value volunteerLink(Map<String, Volunteer> byId, String id) {
        if (id == null) {
            return null;
        }
        Volunteer v = byId.get(id);
        return Value.link(v == null ? id : v.name() + " (" + id + ")", VolunteerPages.BOARD + "/" + id);
    }

    static Map<String, Volunteer> byId(List<Volunteer> list) {
        Map<String, Volunteer> m = new LinkedHashMap<>();
        list.forEach(v -> m.put(v.id(), v));
        return m;
    }

    /** The stage in German (the case pages' labels, one list for the whole area). */
    static String stage(VolunteerStage s) {
        return CaseUiPages.stage(s);
    }

    private static Map<String, String> youthOffices(ParticipantService participants, String tenant) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Participant p : participants.listBodies(DIRECTORY, tenant)) {
            if (p.kind() == ParticipantKind.YOUTH_OFFICE) {
                m.put(p.id(), p.name());
            }
        }
        return m;
    }
}
