package de.ikz.kinderschutz.internal.reports.ui;

import static de.ikz.kinderschutz.internal.ModuleDefinition.AUDITOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.COORDINATOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.MEMBER_CONTACT;
import static de.ikz.kinderschutz.internal.ModuleDefinition.TRAINER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.meetings.FollowUp;
import de.ikz.kinderschutz.internal.meetings.Meeting;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.members.Field;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.members.NetworkAgreement;
import de.ikz.kinderschutz.internal.training.Course;
import de.ikz.kinderschutz.internal.training.Registration;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.kinderschutz.internal.ui.Pages;
import de.ikz.kit.ui.ScreenSet;

/**
 * The start page {@code /ui/kinderschutz/}: the coordinator's network overview (members by field as a
 * chart, the next meetings, follow-ups due, agreements due for renewal, courses with free places or a
 * waiting list); a member contact and a trainer see their own things. Also the start-page cards.
 */
public final class OverviewScreens implements ScreenSet {

    private final MembersService members;
    private final MeetingsService meetings;
    private final TrainingService training;

    public OverviewScreens(MembersService members, MeetingsService meetings, TrainingService training) {
        this.members = members;
        this.meetings = meetings;
        this.training = training;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new Overview());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Übersicht", ""));
    }

    @Override
    public List<Part.Card> cards(UiRequest r) {
        if (!NetworkRoles.coordinator(r.caller()) && !NetworkRoles.memberContact(r.caller())) {
            return List.of();
        }
        String t = Pages.tenant(r);
        List<FollowUp> open = meetings.followUps(r.caller(), t, true);
        long overdue = open.stream().filter(f -> f.due().isBefore(r.today())).count();
        List<Part.Card> cards = new ArrayList<>();
        cards.add(new Part.Card("Aufgaben aus Sitzungen offen", Value.count(open.size()), overdue == 0 ? "nichts überfällig"
                : overdue + " überfällig", "", overdue == 0 ? Value.Tone.INFO : Value.Tone.WARNING));
        if (NetworkRoles.coordinator(r.caller())) {
            long due = members.agreements(r.caller(), t, true).size();
            cards.add(new Part.Card("Vereinbarungen zur Verlängerung", Value.count(due), due == 0 ? "keine fällig" : "Verlängerung fällig",
                    "", due == 0 ? Value.Tone.INFO : Value.Tone.WARNING));
        }
        return cards;
    }

    final class Overview implements UiPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, TRAINER, AUDITOR})
        public View view(UiRequest r) {
            String t = Pages.tenant(r);
            Map<String, String> names = new LinkedHashMap<>();
            members.institutions(t).forEach(i -> names.put(i.id(), i.name()));
            List<Part> parts = new ArrayList<>();
            boolean whole = NetworkRoles.coordinator(r.caller()) || NetworkRoles.auditor(r.caller());
            if (whole) {
                Map<Field, Long> byField = members.byField(t, r.today());
                List<Part.Bar> bars = new ArrayList<>();
                byField.forEach((f, c) -> {
                    if (c > 0) {
                        bars.add(new Part.Bar(f.label(), BigDecimal.valueOf(c), Value.count(c)));
                    }
                });
                parts.add(new Part.Section("Mitglieder nach Bereich", List.of(bars.isEmpty()
                        ? new Part.Paragraph("Noch keine Mitglieder erfasst.")
                        : new Part.BarChart("Mitgliedseinrichtungen nach Bereich am " + de.ikz.kit.text.GermanFormat.date(r.today()), bars))));
            }
            if (!NetworkRoles.trainer(r.caller()) || whole || NetworkRoles.memberContact(r.caller())) {
                List<List<Value>> next = new ArrayList<>();
                for (Meeting m : meetings.list(r.caller(), t)) {
                    if (!m.start().toLocalDate().isBefore(r.today()) && m.status() != Meeting.MeetingStatus.CANCELLED) {
                        next.add(0, List.of(Value.link(m.title(), "sitzungen/" + m.id()), Value.date(m.start().toLocalDate()),
                                Value.text(m.kind().label()), Value.text(m.place() == null ? "–" : m.place())));
                    }
                }
                parts.add(new Part.Table("Nächste Sitzungen", List.of("Sitzung", "Datum", "Art", "Ort"), next.stream().limit(5).toList(), null,
                        "Keine Sitzungen geplant."));
                List<List<Value>> due = new ArrayList<>();
                for (FollowUp f : meetings.followUps(r.caller(), t, true)) {
                    due.add(List.of(Value.text(f.task()), Value.text(names.getOrDefault(f.ownerInstitutionId(), f.ownerInstitutionId())),
                            Value.date(f.due()), f.due().isBefore(r.today()) ? Value.badge("überfällig", Value.Tone.WARNING)
                                    : Value.badge("offen", Value.Tone.INFO)));
                }
                parts.add(new Part.Table("Aufgaben fällig", List.of("Aufgabe", "Verantwortlich", "Fällig am", "Stand"), due, null,
                        "Keine offenen Aufgaben."));
            }
            if (NetworkRoles.coordinator(r.caller())) {
                List<List<Value>> rows = new ArrayList<>();
                for (NetworkAgreement a : members.agreements(r.caller(), t, true)) {
                    rows.add(List.of(Value.text(a.title()), Value.text(names.getOrDefault(a.institutionId(), a.institutionId())),
                            Value.date(a.validUntil().orElse(null))));
                }
                parts.add(new Part.Table("Vereinbarungen zur Verlängerung fällig", List.of("Vereinbarung", "Einrichtung", "Gültig bis"), rows,
                        null, "Keine Vereinbarung ist zur Verlängerung fällig."));
            }
            List<List<Value>> courses = new ArrayList<>();
            for (Course c : training.courses(r.caller(), t)) {
                if (c.dates().get(0).start().toLocalDate().isBefore(r.today()) || c.cancelled()) {
                    continue;
                }
                if (NetworkRoles.trainer(r.caller()) && !whole && !c.trainers().contains(r.caller().user())) {
                    continue;
                }
                Map<Registration.State, Long> counts = training.counts(r.caller(), t, c.id());
                long taken = counts.get(Registration.State.REGISTERED);
                long waiting = counts.get(Registration.State.WAITING);
                courses.add(List.of(Value.link(c.title(), "fortbildungen/" + c.id()), Value.date(c.dates().get(0).start().toLocalDate()),
                        Value.text(whole ? Math.max(0, c.capacity() - taken) + " von " + c.capacity() : "–"),
                        Value.count(whole ? waiting : 0)));
            }
            parts.add(new Part.Table("Kommende Fortbildungen", List.of("Fortbildung", "Beginn", "Freie Plätze", "Warteliste"), courses, null,
                    "Keine Fortbildungen geplant."));
            if (NetworkRoles.memberContact(r.caller())) {
                String own = members.institutionOf(r.caller()).flatMap(i -> members.institution(t, i)).map(Institution::name).orElse("–");
                parts.add(0, new Part.Notice(Value.Tone.INFO, "Sie sind Kontaktperson von: " + own));
            }
            return new View.Screen("Kinderschutz-Netzwerk", parts);
        }
    }
}
