package de.ikz.kinderschutz.internal.meetings.ui;

import static de.ikz.kinderschutz.internal.ModuleDefinition.AUDITOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.COORDINATOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.MEMBER_CONTACT;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.meetings.FollowUp;
import de.ikz.kinderschutz.internal.meetings.Meeting;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.FollowUpInput;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.MeetingInput;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.MinutesInput;
import de.ikz.kinderschutz.internal.members.Members;
import de.ikz.kinderschutz.internal.ui.Pages;
import de.ikz.kit.ui.ScreenSet;

/**
 * Meetings: the list ({@code sitzungen}) with a form for a new one, and the meeting page
 * ({@code sitzungen/{id}}) with agenda, attendance, minutes, decisions, follow-ups and the invitation.
 */
public final class MeetingScreens implements ScreenSet {

    static final String LIST = "sitzungen";

    private final MeetingsService service;
    private final Members members;

    public MeetingScreens(MeetingsService service, Members members) {
        this.service = service;
        this.members = members;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new ListPage(), new MeetingPage(), new InvitationPage());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Sitzungen", LIST));
    }

    private Map<String, String> institutions(String t) {
        Map<String, String> m = new LinkedHashMap<>();
        members.institutions(t).stream().filter(i -> i.left().isEmpty()).forEach(i -> m.put(i.id(), i.name()));
        return m;
    }

    static LocalDateTime at(UiRequest r, String dateField, String timeField) {
        String d = r.require(dateField);
        String time = r.require(timeField);
        try {
            return LocalDate.parse(d).atTime(LocalTime.parse(time));
        } catch (DateTimeParseException e) {
            throw IkzException.invalid(timeField, "Datum und Uhrzeit angeben (z. B. 2026-09-01 und 09:00)");
        }
    }

    final class ListPage implements UiPage {
        @Override
        public String path() {
            return LIST;
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, AUDITOR})
        public View view(UiRequest r) {
            String t = Pages.tenant(r);
            List<List<Value>> rows = new ArrayList<>();
            for (Meeting m : service.list(r.caller(), t)) {
                rows.add(List.of(Value.link(m.title(), LIST + "/" + m.id()), Value.date(m.start().toLocalDate()),
                        Value.text(m.kind().label() + (m.groupName() == null ? "" : ": " + m.groupName())),
                        Value.badge(m.status().label(), m.status() == Meeting.MeetingStatus.CANCELLED ? Value.Tone.WARNING : Value.Tone.INFO)));
            }
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Table("Sitzungen", List.of("Sitzung", "Datum", "Art", "Stand"), rows, null, "Noch keine Sitzungen."));
            if (NetworkRoles.coordinator(r.caller())) {
                Map<String, String> kinds = new LinkedHashMap<>();
                for (Meeting.MeetingKind k : Meeting.MeetingKind.values()) {
                    kinds.put(k.name(), k.label());
                }
                parts.add(new Part.Section("Sitzung planen", List.of(
                        new Part.Paragraph(Pages.NO_CASE_DATA),
                        new Part.Form(LIST, Part.Method.POST, List.of(
                        new Part.Input("kind", "Art", InputType.SELECT, r.param("kind").orElse("CONFERENCE"), kinds, true, null),
                        Part.Input.text("groupName", "Name der Arbeitsgruppe", r.param("groupName").orElse(null), false),
                        Part.Input.text("title", "Titel", r.param("title").orElse(null), true),
                        new Part.Input("date", "Datum", InputType.DATE, r.param("date").orElse(null), null, true, null),
                        new Part.Input("startTime", "Beginn (Uhrzeit)", InputType.TEXT, r.param("startTime").orElse("09:00"), null, true, "z. B. 09:00"),
                        new Part.Input("endTime", "Ende (Uhrzeit)", InputType.TEXT, r.param("endTime").orElse("12:00"), null, true, "z. B. 12:00"),
                        Part.Input.text("place", "Ort", r.param("place").orElse(null), false),
                        new Part.Input("agenda", "Tagesordnung (ein Punkt je Zeile)", InputType.TEXTAREA, r.param("agenda").orElse(null), null,
                                false, null),
                        new Part.Input("invited", "Eingeladene Einrichtungen", InputType.CHECKBOX, null, institutions(t), false, null)),
                        "Sitzung anlegen", null))));
            }
            return new View.Screen("Sitzungen", parts);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            String t = Pages.tenant(r);
            Meeting m = service.create(r.caller(), t, new MeetingInput(r.param("kind").orElse(null), r.param("groupName").orElse(null),
                    r.param("title").orElse(null), at(r, "date", "startTime"), at(r, "date", "endTime"), r.param("place").orElse(null),
                    Pages.lines(r, "agenda"), r.params("invited")));
            return new View.Redirect(LIST + "/" + m.id(), "Die Sitzung ist angelegt.");
        }
    }

    final class MeetingPage implements UiPage {
        @Override
        public String path() {
            return LIST + "/{id}";
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, AUDITOR})
        public View view(UiRequest r) {
            String t = Pages.tenant(r);
            Meeting m = service.get(r.caller(), t, r.pathParam("id"));
            Map<String, String> names = new LinkedHashMap<>();
            members.institutions(t).forEach(i -> names.put(i.id(), i.name()));
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Facts(List.of(
                    new Part.Fact("Art", Value.text(m.kind().label() + (m.groupName() == null ? "" : ": " + m.groupName()))),
                    new Part.Fact("Datum", Value.date(m.start().toLocalDate())),
                    new Part.Fact("Zeit", Value.text(m.start().toLocalTime() + "–" + m.end().toLocalTime() + " Uhr")),
                    new Part.Fact("Ort", Value.text(m.place() == null ? "–" : m.place())),
                    new Part.Fact("Stand", Value.text(m.status().label())))));
            List<List<Value>> agenda = new ArrayList<>();
            for (int i = 0; i < m.agenda().size(); i++) {
                agenda.add(List.of(Value.count(i + 1), Value.text(m.agenda().get(i))));
            }
            parts.add(new Part.Table("Tagesordnung", List.of("TOP", "Thema"), agenda, null, "Keine Tagesordnung erfasst."));
            List<List<Value>> att = new ArrayList<>();
            java.util.Set<String> all = new java.util.LinkedHashSet<>(m.invited());
            all.addAll(m.attended());
            for (String i : all) {
                att.add(List.of(Value.text(names.getOrDefault(i, i)), Value.text(m.invited().contains(i) ? "ja" : "nein (Gast)"),
                        Value.text(m.status() == Meeting.MeetingStatus.HELD ? (m.attended().contains(i) ? "anwesend" : "nicht anwesend") : "–")));
            }
            parts.add(new Part.Table("Einrichtungen", List.of("Einrichtung", "Eingeladen", "Teilnahme"), att, null, "Niemand eingeladen."));
            if (m.minutes() != null) {
                parts.add(new Part.Section("Protokoll", List.of(new Part.Paragraph(m.minutes()))));
            }
            if (!m.decisions().isEmpty()) {
                List<List<Value>> dec = new ArrayList<>();
                m.decisions().forEach(d -> dec.add(List.of(Value.text(d))));
                parts.add(new Part.Table("Beschlüsse", List.of("Beschluss"), dec, null, ""));
            }
            List<List<Value>> fus = new ArrayList<>();
            List<Part.Action> doneActions = new ArrayList<>();
            for (FollowUp f : service.followUps(r.caller(), t, false)) {
                if (!f.meetingId().map(m.id()::equals).orElse(false)) {
                    continue;
                }
                fus.add(List.of(Value.text(f.task()), Value.text(names.getOrDefault(f.ownerInstitutionId(), f.ownerInstitutionId())
                        + (f.ownerName() == null ? "" : " (" + f.ownerName() + ")")), Value.date(f.due()),
                        f.doneOn().<Value>map(d -> Value.badge("erledigt " + de.ikz.kit.text.GermanFormat.date(d), Value.Tone.SUCCESS))
                                .orElse(f.due().isBefore(r.today()) ? Value.badge("überfällig", Value.Tone.WARNING) : Value.badge("offen", Value.Tone.INFO))));
                if (f.open() && (NetworkRoles.coordinator(r.caller()) || NetworkRoles.memberContact(r.caller()))) {
                    doneActions.add(Part.Action.post("Erledigt: " + f.task(), LIST + "/" + m.id(), Map.of("action", "done", "followUp", f.id())));
                }
            }
            parts.add(new Part.Table("Aufgaben", List.of("Aufgabe", "Verantwortlich", "Fällig am", "Stand"), fus, null, "Keine Aufgaben."));
            if (!doneActions.isEmpty()) {
                parts.add(new Part.Actions(doneActions));
            }
            parts.add(new Part.Actions(List.of(Part.Action.link("Einladung herunterladen (iCalendar)", LIST + "/" + m.id() + "/einladung"))));
            if (NetworkRoles.coordinator(r.caller())) {
                Map<String, String> inst = new LinkedHashMap<>(names);
                parts.add(new Part.Section("Protokoll erfassen", List.of(new Part.Paragraph(Pages.NO_CASE_DATA),
                        new Part.Form(LIST + "/" + m.id(), Part.Method.POST, List.of(
                                new Part.Input("action", "Aktion", InputType.HIDDEN, "minutes", null, false, null),
                                new Part.Input("attended", "Anwesende Einrichtungen", InputType.CHECKBOX, String.join(",", m.attended()), inst,
                                        false, null),
                                new Part.Input("minutes", "Protokoll", InputType.TEXTAREA, m.minutes(), null, false, null),
                                new Part.Input("decisions", "Beschlüsse (einer je Zeile)", InputType.TEXTAREA, String.join("\n", m.decisions()),
                                        null, false, null)), "Protokoll speichern", null))));
                parts.add(new Part.Section("Aufgabe hinzufügen", List.of(new Part.Paragraph(Pages.NO_CASE_DATA),
                        new Part.Form(LIST + "/" + m.id(), Part.Method.POST, List.of(
                                new Part.Input("action", "Aktion", InputType.HIDDEN, "follow-up", null, false, null),
                                new Part.Input("task", "Aufgabe", InputType.TEXTAREA, r.param("task").orElse(null), null, true, null),
                                new Part.Input("owner", "Verantwortliche Einrichtung", InputType.SELECT, r.param("owner").orElse(null), inst, true, null),
                                Part.Input.text("ownerName", "Ansprechperson (dienstlich)", r.param("ownerName").orElse(null), false),
                                new Part.Input("due", "Fällig am", InputType.DATE, r.param("due").orElse(null), null, true, null)),
                                "Aufgabe hinzufügen", null))));
            }
            return new View.Screen(m.title(), parts, new Part.Link("Zurück zu den Sitzungen", LIST, null));
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT})
        public View submit(UiRequest r) {
            String t = Pages.tenant(r);
            String id = r.pathParam("id");
            switch (r.param("action").orElse("")) {
                case "minutes" -> {
                    service.recordMinutes(r.caller(), t, id, new MinutesInput(r.params("attended"), r.param("minutes").orElse(null),
                            Pages.lines(r, "decisions")));
                    return new View.Redirect(LIST + "/" + id, "Das Protokoll ist gespeichert.");
                }
                case "follow-up" -> {
                    LocalDate due;
                    try {
                        due = LocalDate.parse(r.require("due"));
                    } catch (DateTimeParseException e) {
                        throw IkzException.invalid("due", "ein Datum angeben");
                    }
                    service.addFollowUp(r.caller(), t, id, new FollowUpInput(r.param("task").orElse(null), r.require("owner"),
                            r.param("ownerName").orElse(null), due));
                    return new View.Redirect(LIST + "/" + id, "Die Aufgabe ist hinzugefügt.");
                }
                case "done" -> {
                    service.done(r.caller(), t, r.require("followUp"), null);
                    return new View.Redirect(LIST + "/" + id, "Die Aufgabe ist als erledigt vermerkt.");
                }
                default -> throw IkzException.invalid("action", "unbekannte Aktion");
            }
        }
    }

    /** The invitation as a file. */
    final class InvitationPage implements UiPage {
        @Override
        public String path() {
            return LIST + "/{id}/einladung";
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, AUDITOR})
        public View view(UiRequest r) {
            String id = r.pathParam("id");
            return new View.Download("einladung-" + id + ".ics", "text/calendar; charset=utf-8",
                    service.invitation(r.caller(), Pages.tenant(r), id).getBytes(StandardCharsets.UTF_8));
        }
    }
}
