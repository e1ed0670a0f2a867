package de.ikz.vormundschaft.internal.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import de.ikz.api.input.Input;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.UiRoles;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.Value.Tone;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.ProposalStatus;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Volunteers;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

/**
 * The case screens of the guardianship module: children ({@link ChildPages}), matching and the
 * proposal to the family court ({@link MatchingPages}), appointments and the accompaniment
 * ({@link CasePages}) and the reports ({@link ReportPages}). The module's UI contribution adds
 * {@link #pages()} to its own. Every page calls the module's services with the caller of the
 * request, the same calls REST makes; the services decide rights, visibility and validity.
 * <p>
 * Also the small helpers the case pages share: German labels of the module's codes, the tenant,
 * parsing of optional form values (refusals name the form field).
 */
public final class CaseUiPages {

    /** The module whose roles the pages use. */
    static final Optional<String> MODULE = Optional.of("vormundschaft");

    static final String COORDINATOR = "coordinator";
    static final String AUDITOR = "auditor";
    static final String PARTNER_STAFF = "partner-staff";

    final Cases cases;
    final Appointments appointments;
    final Reports reports;
    final Volunteers volunteers;
    private final Function<String, Map<String, String>> offices;

    /** Youth offices are shown by their ids. */
    public CaseUiPages(Cases cases, Appointments appointments, Reports reports, Volunteers volunteers) {
        this(cases, appointments, reports, volunteers, tenant -> Map.of());
    }

    /**
     * @param offices the youth offices of a tenant, id → name, to show an office by its name
     *                (an office it does not know is shown by its id)
     */
    public CaseUiPages(Cases cases, Appointments appointments, Reports reports, Volunteers volunteers,
                       Function<String, Map<String, String>> offices) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.volunteers = Objects.requireNonNull(volunteers, "volunteers");
        this.offices = Objects.requireNonNull(offices, "offices");
    }

    /** The names of the tenant's youth offices (id → name), once per screen. */
    Map<String, String> officeNames(UiRequest r) {
        Map<String, String> m = offices.apply(tenant(r));
        return m == null ? Map.of() : m;
    }

    static String office(Map<String, String> names, String id) {
        return id == null ? "–" : names.getOrDefault(id, id);
    }

    /** The pages: children, matching, appointments, contacts, group evenings, allowance claims, reports. */
    public List<UiPage> pages() {
        List<UiPage> out = new ArrayList<>();
        out.addAll(new ChildPages(this).pages());
        out.addAll(new MatchingPages(this).pages());
        out.addAll(new CasePages(this).pages());
        out.addAll(new ReportPages(this).pages());
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ shared helpers

    /** The caller's tenant (a platform admin has none here; the services refuse them anyway). */
    static String tenant(UiRequest r) {
        return r.caller().tenantFor(null);
    }

    /** Would the shell let the caller open ({@code changes} false) or submit a page open to these roles? */
    static boolean may(Caller caller, boolean changes, String... roles) {
        return UiRoles.permits(caller, MODULE, changes, roles);
    }

    /** Reads the office's work (volunteers, contacts, suggestions): coordinators and auditors. */
    static boolean officeReader(Caller caller) {
        return may(caller, false, COORDINATOR, AUDITOR);
    }

    static boolean coordinator(Caller caller) {
        return may(caller, true, COORDINATOR);
    }

    /** An optional date field; a malformed one is refused naming the field. */
    static LocalDate date(UiRequest r, String name) {
        return r.param(name).map(v -> Input.date(name, v)).orElse(null);
    }

    /** An optional year field; a malformed one is refused naming the field. */
    static Integer year(UiRequest r, String name) {
        return r.param(name).map(v -> Input.year(name, v)).orElse(null);
    }

    /** An optional whole number (minutes, ...); a malformed one is refused naming the field. */
    static Integer number(UiRequest r, String name, int max) {
        return r.param(name).map(v -> Input.count(name, v, max)).orElse(null);
    }

    static String text(UiRequest r, String name) {
        return r.param(name).orElse(null);
    }

    /** A list typed as text ("de, ar") or sent as several values (checkboxes). */
    static List<String> list(UiRequest r, String name) {
        List<String> out = new ArrayList<>();
        for (String v : r.params(name)) {
            for (String part : v.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    static Value text(String s) {
        return Value.text(s);
    }

    static Value date(LocalDate d) {
        return d == null ? null : Value.date(d);
    }

    static String joined(List<String> values) {
        return values == null || values.isEmpty() ? "–" : String.join(", ", values);
    }

    /** Names of the volunteers by id, for callers who may read them; empty for everybody else. */
    Map<String, String> volunteerNames(UiRequest r) {
        Map<String, String> names = new LinkedHashMap<>();
        if (officeReader(r.caller())) {
            for (Volunteer v : volunteers.volunteers(r.caller(), tenant(r), null)) {
                names.put(v.id(), v.name());
            }
        }
        return names;
    }

    /** A volunteer as a cell: their name linked to their page for office readers, else the id only. */
    static Value volunteer(Map<String, String> names, String id) {
        if (id == null) {
            return null;
        }
        String name = names.get(id);
        return name == null ? Value.text(id) : Value.link(name, "volunteers/" + id);
    }

    // ------------------------------------------------------------------ German labels

    static String stage(VolunteerStage s) {
        if (s == null) {
            return "–";
        }
        return switch (s) {
            case ENQUIRY -> "Anfrage";
            case APPLICATION -> "Bewerbung";
            case SUITABILITY_INTERVIEW -> "Eignungsgespräch";
            case CONDUCT_CERTIFICATE -> "Führungszeugnis";
            case TRAINING -> "Schulung";
            case REFLECTION_TALK -> "Reflexionsgespräch";
            case POOL -> "Pool";
            case MATCHED -> "Zugeordnet";
            case PROPOSED_TO_COURT -> "Dem Gericht vorgeschlagen";
            case APPOINTED -> "Bestellt";
            case RESTING -> "Ruhend";
            case LEFT -> "Ausgeschieden";
        };
    }

    static Value status(CaseStatus s) {
        return switch (s) {
            case OPEN -> Value.badge("Offen", Tone.WARNING);
            case MATCHED -> Value.badge("Zugeordnet", Tone.INFO);
            case PROPOSED -> Value.badge("Dem Familiengericht vorgeschlagen", Tone.INFO);
            case APPOINTED -> Value.badge("Bestellt", Tone.SUCCESS);
            case CLOSED -> Value.badge("Beendet", Tone.INFO);
        };
    }

    static Value status(ProposalStatus s) {
        return switch (s) {
            case MATCHED -> Value.badge("Zugeordnet", Tone.INFO);
            case PROPOSED -> Value.badge("Vorgeschlagen", Tone.INFO);
            case APPOINTED -> Value.badge("Bestellt", Tone.SUCCESS);
            case DROPPED -> Value.badge("Verworfen", Tone.WARNING);
        };
    }

    static final Map<String, String> PLACEMENTS = ordered(
            "FOSTER_FAMILY", "Pflegefamilie",
            "RESIDENTIAL_CARE", "Einrichtung (Heim, Wohngruppe)",
            "RELATIVES", "Verwandte",
            "OTHER", "Sonstige");

    static final Map<String, String> MEDIA = ordered(
            "IN_PERSON", "Persönlich",
            "PHONE", "Telefon",
            "VIDEO", "Video",
            "EMAIL", "E-Mail",
            "LETTER", "Brief");

    static final Map<String, String> KINDS = ordered(
            "GUARDIANSHIP", "Vormundschaft (alle Bereiche)",
            "CURATORSHIP", "Pflegschaft (benannte Bereiche)");

    /** The kinds, short, for tables. */
    static final Map<String, String> KINDS_SHORT = ordered(
            "GUARDIANSHIP", "Vormundschaft",
            "CURATORSHIP", "Pflegschaft");

    static final Map<String, String> AREAS = ordered(
            "RESIDENCE", "Aufenthaltsbestimmung",
            "HEALTH", "Gesundheitssorge",
            "ASSETS", "Vermögenssorge",
            "EDUCATION_HELP", "Hilfe zur Erziehung",
            "CONTACT", "Umgang",
            "SCHOOL", "Schule und Ausbildung",
            "AUTHORITIES", "Behörden",
            "ASYLUM_PROCEDURE", "Asylverfahren");

    static final Map<String, String> AGE_BANDS = ordered(
            "0-5", "0 bis 5 Jahre",
            "6-11", "6 bis 11 Jahre",
            "12-17", "12 bis 17 Jahre");

    /** The label of a code, or the code itself when it has none. */
    static String label(Map<String, String> labels, String code) {
        if (code == null) {
            return "–";
        }
        return labels.getOrDefault(code, code);
    }

    static String labels(Map<String, String> labels, List<String> codes) {
        return codes == null || codes.isEmpty() ? "–" : String.join(", ", codes.stream().map(c -> label(labels, c)).toList());
    }

    static String yesNo(boolean b) {
        return b ? "ja" : "nein";
    }

    static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    static Map<String, String> withEmpty(String emptyLabel, Map<String, String> options) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", emptyLabel);
        m.putAll(options);
        return m;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
