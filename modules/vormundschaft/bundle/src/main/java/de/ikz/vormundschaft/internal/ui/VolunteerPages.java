package de.ikz.vormundschaft.internal.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.vormundschaft.internal.domain.VolunteerPipeline;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Training.TrainingModule;
import de.ikz.vormundschaft.internal.service.Volunteers;
import de.ikz.vormundschaft.internal.service.Volunteers.StageChange;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.vormundschaft.internal.service.Volunteers.VolunteerInput;

/**
 * Volunteers through the pipeline, as {@code /volunteers} in REST: the board by stage, a new
 * enquiry, the volunteer's page (profile, certificate, training, history, appointments,
 * contacts), the stage move, the certificate of good conduct, changes of the profile and the
 * registration for a course. Coordinators change, auditors read.
 * <p>
 * Moves offered are exactly the pipeline's allowed moves from the volunteer's stage
 * ({@link VolunteerPipeline#allowedFrom}) without the stages reached through a child's case
 * (matched, proposed to court, appointed: the case pages), and none while the volunteer holds an
 * open match, proposal or appointment (the service refuses every move then). What the graph
 * allows but the volunteer's record does not (no clear certificate, training incomplete) is
 * refused by the service; the shell shows its reason at the move form.
 */
final class VolunteerPages {

    static final String BOARD = "volunteers";
    static final String NEW = "new-volunteer";

    /** Stages reached only through a child's case; never offered as a move here. */
    static final Set<VolunteerStage> CASE_STAGES = Set.of(VolunteerStage.MATCHED, VolunteerStage.PROPOSED_TO_COURT,
            VolunteerStage.APPOINTED);

    private static final Map<String, String> TRAVEL = CaseUiPages.ordered(
            "MUNICIPALITY", "Nur in der eigenen Gemeinde",
            "DISTRICT", "Im eigenen Kreis",
            "ANY", "Überall");

    private static final Map<String, String> AGE_BANDS = CaseUiPages.ordered(
            "", "Keine Angabe",
            "0-5", "0 bis 5 Jahre",
            "6-11", "6 bis 11 Jahre",
            "12-17", "12 bis 17 Jahre");

    /** Only for the text of a select option, which carries no typed value. */
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Map<String, String> YES_NO = CaseUiPages.ordered("true", "ja", "false", "nein");

    private final Volunteers volunteers;
    private final Training training;
    private final Appointments appointments;
    private final Function<String, Map<String, String>> offices;

    VolunteerPages(Volunteers volunteers, Training training, Appointments appointments,
                   Function<String, Map<String, String>> offices) {
        this.volunteers = volunteers;
        this.training = training;
        this.appointments = appointments;
        this.offices = offices;
    }

    List<UiPage> pages() {
        return List.of(new Board(), new NewVolunteer(), new Detail(), new Move(), new ConductCheck(), new Edit(),
                new Register());
    }

    // ------------------------------------------------------------------ the legal moves

    /** The moves this page offers for a volunteer: allowed by the pipeline, not a case stage, none while holding cases. */
    static List<VolunteerStage> moves(Volunteer v) {
        if (v.active() > 0) {
            return List.of();
        }
        return VolunteerPipeline.allowedFrom(v.stage()).stream().filter(s -> !CASE_STAGES.contains(s)).sorted().toList();
    }

    static String moveLabel(VolunteerStage from, VolunteerStage to) {
        return switch (to) {
            case LEFT -> "Ausscheiden";
            case RESTING -> "Ruhen lassen";
            case POOL -> from == VolunteerStage.REFLECTION_TALK ? "Weiter: Pool" : "Zurück in den Pool";
            default -> "Weiter: " + VormundschaftUi.stage(to);
        };
    }

    /** The moves as buttons (POST to the move page); leaving asks first. */
    static List<Part.Action> moveActions(Volunteer v) {
        List<Part.Action> out = new ArrayList<>();
        for (VolunteerStage to : moves(v)) {
            boolean forward = to != VolunteerStage.LEFT && to != VolunteerStage.RESTING;
            out.add(new Part.Action(moveLabel(v.stage(), to), BOARD + "/" + v.id() + "/stage", Part.Method.POST,
                    Map.of("to", to.name()), forward,
                    to == VolunteerStage.LEFT ? "Soll " + v.name() + " wirklich als ausgeschieden erfasst werden? "
                            + "Eine Rückkehr ist nur mit einer neuen Anfrage möglich." : null));
        }
        return out;
    }

    private static Value stageBadge(VolunteerStage s) {
        Value.Tone tone = switch (s) {
            case POOL, APPOINTED -> Value.Tone.SUCCESS;
            case LEFT -> Value.Tone.WARNING;
            default -> Value.Tone.INFO;
        };
        return Value.badge(VormundschaftUi.stage(s), tone);
    }

    private Volunteer volunteer(UiRequest r) {
        return volunteers.volunteer(r.caller(), CaseUiPages.tenant(r), r.pathParam("id"));
    }

    private static Part.Link back(Volunteer v) {
        return new Part.Link("Zurück zu " + v.name(), BOARD + "/" + v.id(), null);
    }

    // ------------------------------------------------------------------ the board

    final class Board implements UiPage {

        @Override
        public String path() {
            return BOARD;
        }

        @Roles({"coordinator", "auditor"})
        @Override
        public View view(UiRequest r) {
            VolunteerStage only = r.param("stage").map(VolunteerPages::stageParam).orElse(null);
            List<Volunteer> list = volunteers.volunteers(r.caller(), CaseUiPages.tenant(r), only);
            boolean changes = CaseUiPages.coordinator(r.caller());
            List<Part> parts = new ArrayList<>();
            List<Part.Action> top = new ArrayList<>();
            if (changes) {
                top.add(new Part.Action("Neue Anfrage erfassen", NEW, Part.Method.GET, null, true, null));
            }
            top.add(Part.Action.link(only == null ? "Ausgeschiedene anzeigen" : "Zur Übersicht nach Stufen",
                    only == null ? BOARD + "?stage=" + VolunteerStage.LEFT.name() : BOARD));
            parts.add(new Part.Actions(top));
            if (only != null) {
                List<List<Value>> rows = new ArrayList<>();
                for (Volunteer v : list) {
                    rows.add(Arrays.asList(Value.link(v.name() + " (" + v.id() + ")", BOARD + "/" + v.id()),
                            Value.text(v.office()), Value.date(v.stageSince())));
                }
                parts.add(new Part.Table("Ehrenamtliche in der Stufe " + VormundschaftUi.stage(only),
                        List.of("Name", "Jugendamt", "In dieser Stufe seit"), rows, null,
                        "In dieser Stufe ist niemand."));
                return new View.Screen("Ehrenamtliche: " + VormundschaftUi.stage(only), parts,
                        new Part.Link("Zurück zur Übersicht", BOARD, null));
            }
            Map<String, String> names = offices.apply(CaseUiPages.tenant(r));
            List<Part.Lane> lanes = new ArrayList<>();
            for (VolunteerStage s : VolunteerStage.values()) {
                if (s == VolunteerStage.LEFT) {
                    continue;
                }
                List<Part.Tile> tiles = list.stream().filter(v -> v.stage() == s).map(v -> tile(v, changes, names)).toList();
                lanes.add(new Part.Lane(VormundschaftUi.stage(s), tiles));
            }
            parts.add(new Part.Board("Ehrenamtliche nach Stufe", lanes));
            return new View.Screen("Ehrenamtliche", parts);
        }

        private Part.Tile tile(Volunteer v, boolean changes, Map<String, String> officeNames) {
            List<String> lines = new ArrayList<>();
            lines.add(v.id() + " · " + officeNames.getOrDefault(v.office(), v.office()));
            if (!v.languages().isEmpty()) {
                lines.add("Sprachen: " + String.join(", ", v.languages()));
            }
            switch (v.stage()) {
                case CONDUCT_CERTIFICATE -> lines.add(v.conductSeen() == null ? "Führungszeugnis: noch nicht vorgelegt"
                        : Boolean.TRUE.equals(v.conductClear()) ? "Führungszeugnis: ohne Eintrag"
                        : "Führungszeugnis: mit Eintrag");
                case TRAINING -> lines.add(v.trainingComplete() ? "Schulung: alle Pflichtmodule besucht"
                        : "Schulung: " + v.missingModules().size() + " Pflichtmodul(e) fehlen");
                case POOL, APPOINTED -> lines.add("Frei: " + v.free() + " von " + v.capacity());
                default -> {
                }
            }
            List<Part.Action> actions = new ArrayList<>();
            if (changes) {
                if (v.stage() == VolunteerStage.CONDUCT_CERTIFICATE) {
                    actions.add(Part.Action.link("Führungszeugnis erfassen", BOARD + "/" + v.id() + "/conduct-check"));
                }
                actions.addAll(moveActions(v));
            }
            return new Part.Tile(v.name(), BOARD + "/" + v.id(), lines, actions);
        }
    }

    static VolunteerStage stageParam(String value) {
        try {
            return VolunteerStage.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw IkzException.invalid("stage", "Unbekannte Stufe: " + (value.length() > 40 ? value.substring(0, 40) : value));
        }
    }

    // ------------------------------------------------------------------ new enquiry, changes

    /** The profile form; {@code v} null for a new enquiry. Field names are the service's. */
    private Part.Form profileForm(UiRequest r, Volunteer v, String action, String submit) {
        Map<String, String> officeOptions = new LinkedHashMap<>();
        Map<String, String> known = offices.apply(CaseUiPages.tenant(r));
        known.forEach((id, name) -> officeOptions.put(id, name + " (" + id + ")"));
        if (v != null && !officeOptions.containsKey(v.office())) {
            officeOptions.put(v.office(), v.office());
        }
        List<Part.Input> in = new ArrayList<>();
        in.add(new Part.Input("name", "Name", Part.InputType.TEXT, v == null ? null : v.name(), null, true, null));
        in.add(new Part.Input("reach", "Erreichbarkeit", Part.InputType.TEXT, v == null ? null : v.reach(), null, false,
                "Telefon oder E-Mail"));
        in.add(officeOptions.isEmpty()
                ? new Part.Input("office", "Werbendes Jugendamt", Part.InputType.TEXT, v == null ? null : v.office(), null, true,
                "Kennung des Jugendamts, z. B. ja-alsdorf")
                : new Part.Input("office", "Werbendes Jugendamt", Part.InputType.SELECT, v == null ? null : v.office(),
                officeOptions, true, null));
        in.add(new Part.Input("languages", "Sprachen", Part.InputType.TEXT, v == null ? null : String.join(", ", v.languages()),
                null, false, "Mit Komma getrennt, z. B. Deutsch, Arabisch"));
        in.add(new Part.Input("ageBand", "Bevorzugte Altersgruppe", Part.InputType.SELECT,
                v == null || v.ageBand() == null ? "" : v.ageBand(), AGE_BANDS, false, null));
        // preset, so always sent; not marked required: the shell puts aria-required on a radio group's fieldset (axe)
        in.add(new Part.Input("unaccompaniedExperience", "Erfahrung mit unbegleiteten Minderjährigen", Part.InputType.RADIO,
                v != null && v.unaccompaniedExperience() ? "true" : "false", YES_NO, false, null));
        in.add(new Part.Input("municipality", "Wohngemeinde (Gemeindeschlüssel)", Part.InputType.TEXT,
                v == null ? null : v.municipality(), null, false, "Achtstelliger Amtlicher Gemeindeschlüssel, z. B. 05334004"));
        in.add(new Part.Input("travel", "Reichweite", Part.InputType.SELECT, v == null ? "DISTRICT" : v.travel(), TRAVEL, true,
                null));
        in.add(new Part.Input("capacity", "Kapazität (Vormundschaften)", Part.InputType.NUMBER,
                String.valueOf(v == null ? 1 : v.capacity()), null, true, "1 bis 5, meist 1 oder 2"));
        in.add(new Part.Input("forChild", "Nur für ein Kind (Pseudonym)", Part.InputType.TEXT, v == null ? null : v.forChild(),
                null, false, "Bei Verwandten oder Bekannten, z. B. K-7F3Q2M"));
        if (v != null) {
            in.add(new Part.Input("recheckDue", "Erneute Eignungsprüfung am", Part.InputType.DATE,
                    v.recheckDue() == null ? null : v.recheckDue().toString(), null, false, null));
        }
        return new Part.Form(action, Part.Method.POST, in, submit, null);
    }

    /** The form as the service's input; blank text clears the field, as REST's empty string does. */
    private static VolunteerInput profileInput(UiRequest r, boolean change) {
        String ageBand = r.form().containsKey("ageBand") ? r.param("ageBand").orElse(change ? "" : null) : null;
        return new VolunteerInput(field(r, "name", change), field(r, "reach", change), field(r, "office", change),
                field(r, "forChild", change), r.form().containsKey("languages") || !change ? VormundschaftUi.list(r, "languages") : null,
                ageBand, VormundschaftUi.yesNo(r, "unaccompaniedExperience"), field(r, "municipality", change),
                field(r, "travel", change), CaseUiPages.number(r, "capacity", 99), CaseUiPages.date(r, "recheckDue"));
    }

    /** A sent text field; on a change a sent blank field is "" (cleared), a field not sent stays unchanged (null). */
    private static String field(UiRequest r, String name, boolean change) {
        return r.param(name).orElse(change && r.form().containsKey(name) ? "" : null);
    }

    final class NewVolunteer implements UiPage {

        @Override
        public String path() {
            return NEW;
        }

        @Roles("coordinator")
        @Override
        public View view(UiRequest r) {
            return new View.Screen("Neue Anfrage erfassen", List.of(
                    Part.paragraph("Eine neue Ehrenamtliche beginnt in der Stufe „Anfrage“."),
                    profileForm(r, null, NEW, "Anfrage erfassen")), new Part.Link("Zurück zu den Ehrenamtlichen", BOARD, null));
        }

        @Roles("coordinator")
        @Override
        public View submit(UiRequest r) {
            Volunteer v = volunteers.createVolunteer(r.caller(), CaseUiPages.tenant(r), profileInput(r, false));
            return View.redirect(BOARD + "/" + v.id(), "Die Anfrage von " + v.name() + " wurde erfasst (" + v.id() + ").");
        }
    }

    final class Edit implements UiPage {

        @Override
        public String path() {
            return BOARD + "/{id}/edit";
        }

        @Roles("coordinator")
        @Override
        public View view(UiRequest r) {
            Volunteer v = volunteer(r);
            return new View.Screen("Angaben ändern: " + v.name(), List.of(profileForm(r, v, BOARD + "/" + v.id() + "/edit",
                    "Änderungen speichern")), back(v));
        }

        @Roles("coordinator")
        @Override
        public View submit(UiRequest r) {
            Volunteer v = volunteers.updateVolunteer(r.caller(), CaseUiPages.tenant(r), r.pathParam("id"), profileInput(r, true));
            return View.redirect(BOARD + "/" + v.id(), "Die Angaben zu " + v.name() + " wurden gespeichert.");
        }
    }

    // ------------------------------------------------------------------ the volunteer's page

    final class Detail implements UiPage {

        @Override
        public String path() {
            return BOARD + "/{id}";
        }

        @Roles({"coordinator", "auditor"})
        @Override
        public View view(UiRequest r) {
            return detail(r);
        }
    }

    /** The volunteer's page (also the screen of a refused course registration). */
    View detail(UiRequest r) {
        String tenant = CaseUiPages.tenant(r);
        Volunteer v = volunteer(r);
        boolean changes = CaseUiPages.coordinator(r.caller());
        List<Part> parts = new ArrayList<>();
        List<Part.Fact> facts = new ArrayList<>();
        facts.add(new Part.Fact("Stufe", stageBadge(v.stage())));
        facts.add(new Part.Fact("In dieser Stufe seit", Value.date(v.stageSince())));
        facts.add(new Part.Fact("Kennung", Value.text(v.id())));
        String officeName = offices.apply(tenant).get(v.office());
        facts.add(new Part.Fact("Werbendes Jugendamt", Value.text(officeName == null ? v.office() : officeName + " (" + v.office() + ")")));
        facts.add(new Part.Fact("Erreichbarkeit", Value.text(v.reach() == null ? "–" : v.reach())));
        facts.add(new Part.Fact("Sprachen", Value.text(v.languages().isEmpty() ? "–" : String.join(", ", v.languages()))));
        facts.add(new Part.Fact("Bevorzugte Altersgruppe", Value.text(v.ageBand() == null ? "keine Angabe" : AGE_BANDS.getOrDefault(v.ageBand(), v.ageBand()))));
        facts.add(new Part.Fact("Erfahrung mit unbegleiteten Minderjährigen", Value.text(v.unaccompaniedExperience() ? "ja" : "nein")));
        facts.add(new Part.Fact("Wohngemeinde", Value.text(v.municipality() == null ? "–" : v.municipality())));
        facts.add(new Part.Fact("Reichweite", Value.text(TRAVEL.getOrDefault(v.travel(), v.travel()))));
        facts.add(new Part.Fact("Kapazität", Value.count(v.capacity())));
        facts.add(new Part.Fact("Übernommen (offen oder bestellt)", Value.count(v.active())));
        facts.add(new Part.Fact("Frei", Value.count(v.free())));
        if (v.forChild() != null) {
            facts.add(new Part.Fact("Nur für das Kind", Value.link(v.forChild(), "children/" + v.forChild())));
        }
        facts.add(new Part.Fact("Erneute Eignungsprüfung", v.recheckDue() == null ? Value.text("–") : Value.date(v.recheckDue())));
        facts.add(new Part.Fact("Führungszeugnis vorgelegt am", v.conductSeen() == null ? Value.text("noch nicht")
                : Value.date(v.conductSeen())));
        if (v.conductClear() != null) {
            facts.add(new Part.Fact("Führungszeugnis", v.conductClear() ? Value.badge("ohne Eintrag", Value.Tone.SUCCESS)
                    : Value.badge("mit Eintrag", Value.Tone.ERROR)));
        }
        facts.add(new Part.Fact("Erfasst am", Value.date(v.createdOn())));
        if (changes) {
            List<Part.Action> actions = new ArrayList<>();
            if (v.stage() == VolunteerStage.POOL || (v.stage() == VolunteerStage.APPOINTED && v.free() > 0)) {
                parts.add(Part.paragraph("Zuordnen: Öffnen Sie das Kind und wählen Sie dort aus den Vorschlägen."));
                actions.add(new Part.Action("Zu den Kindern", "children", Part.Method.GET, null, true, null));
            }
            actions.addAll(moveActions(v));
            if (v.stage() != VolunteerStage.LEFT) {
                actions.add(Part.Action.link("Führungszeugnis erfassen", BOARD + "/" + v.id() + "/conduct-check"));
                actions.add(Part.Action.link("Angaben ändern", BOARD + "/" + v.id() + "/edit"));
            }
            if (v.active() > 0) {
                parts.add(Part.notice(Value.Tone.INFO, "Die Stufe ändert sich jetzt über den Fall des Kindes "
                        + "(Zuordnung, Vorschlag, Bestellung) oder das Ende der Bestellung."));
            }
            parts.add(new Part.Actions(actions));
        }
        parts.add(new Part.Facts(facts));

        parts.add(trainingSection(r, tenant, v, changes));

        List<List<Value>> history = new ArrayList<>();
        for (StageChange c : volunteers.stageHistory(r.caller(), tenant, v.id())) {
            history.add(Arrays.asList(Value.date(c.on()), Value.text(c.from() == null ? "–" : VormundschaftUi.stage(c.from())),
                    Value.text(VormundschaftUi.stage(c.to())), Value.text(c.note()), Value.text(c.by())));
        }
        parts.add(Part.section("Verlauf", new Part.Table("Stufenwechsel von " + v.name(),
                List.of("Datum", "Von", "Nach", "Notiz", "Durch"), history, null, "Noch kein Stufenwechsel.")));

        List<List<Value>> appts = new ArrayList<>();
        for (Appointment a : appointments.appointments(r.caller(), tenant, null)) {
            if (v.id().equals(a.volunteerId())) {
                appts.add(Arrays.asList(Value.link(a.id(), "appointments/" + a.id()), Value.text(a.childId()),
                        Value.text(a.court()), Value.text(a.fileNumber()), Value.date(a.appointedOn()),
                        a.endedOn() == null ? Value.badge("aktiv", Value.Tone.SUCCESS) : Value.date(a.endedOn()),
                        a.endedOn() == null && a.nextReportDue() != null ? Value.date(a.nextReportDue()) : null));
            }
        }
        parts.add(Part.section("Bestellungen", new Part.Table("Bestellungen von " + v.name(),
                List.of("Bestellung", "Kind", "Gericht", "Aktenzeichen", "Bestellt am", "Beendet", "Nächster Bericht"), appts,
                null, "Keine Bestellungen.")));

        List<List<Value>> contacts = new ArrayList<>();
        for (Appointments.VolunteerContact c : appointments.contacts(r.caller(), tenant, v.id())) {
            contacts.add(Arrays.asList(Value.date(c.date()), Value.count(c.minutes()), Value.text(CaseUiPages.label(CaseUiPages.MEDIA, c.medium())),
                    Value.text(c.topic()), Value.text(c.followUp()), c.followUpDue() == null ? null : Value.date(c.followUpDue())));
        }
        parts.add(Part.section("Kontakte", new Part.Table("Kontakte mit " + v.name(),
                List.of("Datum", "Minuten", "Art", "Thema", "Nachfassen", "Nachfassen bis"), contacts, null,
                "Noch keine Kontakte.")));
        return new View.Screen(v.name(), parts, new Part.Link("Zurück zu den Ehrenamtlichen", BOARD, null));
    }

    private Part trainingSection(UiRequest r, String tenant, Volunteer v, boolean changes) {
        List<Part> parts = new ArrayList<>();
        List<List<Value>> modules = new ArrayList<>();
        for (TrainingModule m : training.trainingModules()) {
            Value state = v.completedModules().contains(m.id()) ? Value.badge("besucht", Value.Tone.SUCCESS)
                    : m.required() ? Value.badge("fehlt", Value.Tone.WARNING) : Value.text("–");
            modules.add(Arrays.asList(Value.text(m.title()), Value.text(m.required() ? "Pflicht" : "freiwillig"), state));
        }
        parts.add(new Part.Table("Schulungsmodule von " + v.name(), List.of("Modul", "Art", "Stand"), modules, null, null));

        List<Course> courses = training.courses(r.caller(), tenant);
        List<List<Value>> mine = new ArrayList<>();
        Map<String, String> open = new LinkedHashMap<>();
        for (Course c : courses) {
            Training.Registration reg = c.registrations().stream().filter(x -> v.id().equals(x.volunteerId())).findFirst().orElse(null);
            if (reg != null) {
                mine.add(Arrays.asList(Value.link(c.title(), CoursePages.COURSES + "/" + c.id()), Value.date(c.date()),
                        Value.text(c.place()), CoursePages.attendance(reg.attended())));
            } else if (!c.date().isBefore(r.today()) && c.registrations().size() < c.seats()) {
                open.put(c.id(), c.title() + " am " + DAY.format(c.date()) + (c.place() == null ? "" : ", " + c.place()));
            }
        }
        parts.add(new Part.Table("Kurse von " + v.name(), List.of("Kurs", "Datum", "Ort", "Teilnahme"), mine, null,
                "Noch für keinen Kurs angemeldet."));
        if (changes && v.stage() != VolunteerStage.LEFT) {
            if (open.isEmpty()) {
                parts.add(Part.paragraph("Es gibt keinen kommenden Kurs mit freien Plätzen."));
            } else {
                parts.add(new Part.Form(BOARD + "/" + v.id() + "/courses", Part.Method.POST, List.of(new Part.Input("courseId",
                        "Kurs", Part.InputType.SELECT, null, open, true, null)), "Für den Kurs anmelden", null));
            }
        }
        return new Part.Section("Schulung", parts);
    }

    /** Registers the volunteer for a course (POST courses/{id}/registrations in REST); its screen is the volunteer's page. */
    final class Register implements UiPage {

        @Override
        public String path() {
            return BOARD + "/{id}/courses";
        }

        @Roles({"coordinator", "auditor"})
        @Override
        public View view(UiRequest r) {
            return detail(r);
        }

        @Roles("coordinator")
        @Override
        public View submit(UiRequest r) {
            String id = r.pathParam("id");
            Course c = training.register(r.caller(), CaseUiPages.tenant(r), r.require("courseId"), id);
            return View.redirect(BOARD + "/" + id, "Angemeldet für den Kurs „" + c.title() + "“.");
        }
    }

    // ------------------------------------------------------------------ stage move, certificate

    final class Move implements UiPage {

        @Override
        public String path() {
            return BOARD + "/{id}/stage";
        }

        @Roles("coordinator")
        @Override
        public View view(UiRequest r) {
            Volunteer v = volunteer(r);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Facts(List.of(new Part.Fact("Jetzige Stufe", stageBadge(v.stage())),
                    new Part.Fact("Seit", Value.date(v.stageSince())))));
            List<VolunteerStage> moves = moves(v);
            if (moves.isEmpty()) {
                parts.add(Part.notice(Value.Tone.INFO, v.active() > 0
                        ? "Die Stufe ändert sich über den Fall des Kindes oder das Ende der Bestellung."
                        : "Aus dieser Stufe gibt es keinen weiteren Schritt."));
            } else {
                Map<String, String> options = new LinkedHashMap<>();
                moves.forEach(s -> options.put(s.name(), VormundschaftUi.stage(s)));
                parts.add(new Part.Form(BOARD + "/" + v.id() + "/stage", Part.Method.POST, List.of(
                        new Part.Input("to", "Neue Stufe", Part.InputType.SELECT, moves.get(0).name(), options, true, null),
                        new Part.Input("on", "Datum", Part.InputType.DATE, r.today().toString(), null, false,
                                "Nicht in der Zukunft; leer bedeutet heute"),
                        new Part.Input("note", "Notiz", Part.InputType.TEXTAREA, null, null, false, null)),
                        "Stufe ändern", null));
            }
            return new View.Screen("Stufe ändern: " + v.name(), parts, back(v));
        }

        @Roles("coordinator")
        @Override
        public View submit(UiRequest r) {
            String to = r.require("to");
            Volunteer v = volunteers.moveVolunteer(r.caller(), CaseUiPages.tenant(r), r.pathParam("id"), stageTo(to),
                    CaseUiPages.date(r, "on"), r.param("note").orElse(null));
            return View.redirect(BOARD + "/" + v.id(), v.name() + " ist jetzt in der Stufe „" + VormundschaftUi.stage(v.stage()) + "“.");
        }
    }

    private static VolunteerStage stageTo(String value) {
        try {
            return VolunteerStage.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw IkzException.invalid("to", "Unbekannte Stufe.");
        }
    }

    final class ConductCheck implements UiPage {

        @Override
        public String path() {
            return BOARD + "/{id}/conduct-check";
        }

        @Roles("coordinator")
        @Override
        public View view(UiRequest r) {
            Volunteer v = volunteer(r);
            return new View.Screen("Führungszeugnis: " + v.name(), List.of(
                    Part.paragraph("Erfasst werden nur das Datum, an dem Sie das erweiterte Führungszeugnis gesehen haben, "
                            + "und ob es ohne Eintrag war. Für den Schritt zur Schulung darf es höchstens "
                            + VolunteerPipeline.CERTIFICATE_VALID_MONTHS + " Monate alt sein."),
                    new Part.Form(BOARD + "/" + v.id() + "/conduct-check", Part.Method.POST, List.of(
                            new Part.Input("seen", "Gesehen am", Part.InputType.DATE,
                                    v.conductSeen() == null ? r.today().toString() : v.conductSeen().toString(), null, true, null),
                            new Part.Input("clear", "Ergebnis", Part.InputType.SELECT,
                                    v.conductClear() == null ? null : v.conductClear().toString(),
                                    CaseUiPages.ordered("true", "Ohne Eintrag", "false", "Mit Eintrag"), true, null)),
                            "Führungszeugnis speichern", null)), back(v));
        }

        @Roles("coordinator")
        @Override
        public View submit(UiRequest r) {
            Volunteer v = volunteers.recordConductCheck(r.caller(), CaseUiPages.tenant(r), r.pathParam("id"),
                    CaseUiPages.date(r, "seen"), VormundschaftUi.yesNo(r, "clear"));
            return View.redirect(BOARD + "/" + v.id(), "Das Führungszeugnis von " + v.name() + " wurde erfasst.");
        }
    }
}
