package de.ikz.fruehehilfen.internal.visits.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.ui.FamilyPageParts;
import de.ikz.fruehehilfen.internal.visits.AssessmentArea;
import de.ikz.fruehehilfen.internal.visits.AssessmentPhase;
import de.ikz.fruehehilfen.internal.visits.ContentCategory;
import de.ikz.fruehehilfen.internal.visits.Factor;
import de.ikz.fruehehilfen.internal.visits.ReferralService;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitService.Assessment;
import de.ikz.fruehehilfen.internal.visits.VisitService.Contact;
import de.ikz.fruehehilfen.internal.visits.VisitService.FamilyVisits;
import de.ikz.fruehehilfen.internal.visits.VisitService.Resources;
import de.ikz.kit.text.GermanFormat;

/**
 * The visits part's sections of the family page: the contacts (with their total), the assessments
 * over time (a table of the six areas by date, and a chart of the start against the latest
 * assessment), and the latest checklist of resources and burdens. One read of
 * {@link VisitService#familyVisits}, one access-log entry. Forms are on the visits part's own pages.
 */
public final class VisitPageParts implements FamilyPageParts {

    private final VisitService visits;

    public VisitPageParts(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public List<Part> parts(UiRequest request, String tenantId, Family family) {
        FamilyVisits v = visits.familyVisits(request.caller(), tenantId, family.id());
        boolean writer = VisitScreens.ModuleRolesView.writer(request.caller()) && !family.closed();
        List<Part> parts = new ArrayList<>();
        parts.add(contacts(family, v.contacts(), writer || VisitScreens.ModuleRolesView.coordinator(request.caller())));
        parts.add(assessments(family, v.assessments(), writer));
        parts.add(resources(family, v.resources(), writer));
        return parts;
    }

    private static Part contacts(Family f, List<Contact> contacts, boolean writer) {
        List<Part> parts = new ArrayList<>();
        if (writer) {
            parts.add(new Part.Actions(List.of(new Part.Action("Kontakt erfassen", VisitScreens.contactPage(f.id()), Part.Method.GET,
                    null, true, null))));
        }
        List<List<Value>> rows = new ArrayList<>();
        long minutes = 0;
        for (Contact c : contacts) {
            minutes += c.minutes();
            rows.add(List.of(new Value.Date(c.date()), Value.text(c.kind().label()), Value.count(c.minutes()), Value.text(c.staffName()),
                    Value.text(VisitScreens.labels(c.categories(), ContentCategory::label)),
                    Value.text(VisitScreens.labels(c.referrals(), ReferralService::label))));
        }
        List<Value> totals = contacts.isEmpty() ? null : List.of(Value.text("Summe: " + contacts.size() + " Kontakte"),
                Value.text(""), Value.count(minutes), Value.text(""),
                Value.text(""), Value.text(""));
        parts.add(new Part.Table("Kontakte mit " + f.pseudonym() + ", neueste zuerst",
                List.of("Datum", "Art", "Minuten", "Fachkraft", "Themen", "Vermittelt an"), rows, totals,
                "Noch kein Kontakt erfasst."));
        return new Part.Section("Kontakte", parts);
    }

    private static Part assessments(Family f, List<Assessment> list, boolean writer) {
        List<Part> parts = new ArrayList<>();
        if (writer) {
            parts.add(new Part.Actions(List.of(Part.Action.link("Einschätzung erfassen", VisitScreens.assessmentPage(f.id())))));
        }
        if (list.isEmpty()) {
            parts.add(new Part.Paragraph("Noch keine Einschätzung erfasst."));
            return new Part.Section("Einschätzungen im Verlauf", parts);
        }
        List<String> columns = new ArrayList<>();
        columns.add("Bereich");
        for (Assessment a : list) {
            columns.add(a.phase().label() + " " + GermanFormat.date(a.date()));
        }
        List<List<Value>> rows = new ArrayList<>();
        for (AssessmentArea area : AssessmentArea.values()) {
            List<Value> row = new ArrayList<>();
            row.add(Value.text(area.label()));
            for (Assessment a : list) {
                row.add(Value.count(a.ratings().get(area)));
            }
            rows.add(row);
        }
        parts.add(new Part.Table("Bewertungen von 1 (erhebliche Probleme) bis 5 (gut) nach Datum", columns, rows, null, null));
        Assessment first = list.stream().filter(a -> a.phase() == AssessmentPhase.START).findFirst().orElse(list.get(0));
        Assessment last = list.get(list.size() - 1);
        List<Part.Bar> bars = new ArrayList<>();
        for (AssessmentArea area : AssessmentArea.values()) {
            bars.add(bar(area.label() + ": " + first.phase().label(), first.ratings().get(area)));
            if (last != first) {
                bars.add(bar(area.label() + ": zuletzt (" + GermanFormat.date(last.date()) + ")", last.ratings().get(area)));
            }
        }
        parts.add(new Part.BarChart(last == first ? "Einschätzung zu Beginn (1 bis 5)"
                : "Einschätzung zu Beginn und zuletzt (1 bis 5)", bars));
        return new Part.Section("Einschätzungen im Verlauf", parts);
    }

    private static Part.Bar bar(String label, int rating) {
        return new Part.Bar(label, BigDecimal.valueOf(rating), Value.count(rating));
    }

    private static Part resources(Family f, List<Resources> list, boolean writer) {
        List<Part> parts = new ArrayList<>();
        if (writer) {
            parts.add(new Part.Actions(List.of(Part.Action.link("Checkliste erfassen", VisitScreens.resourcesPage(f.id())))));
        }
        if (list.isEmpty()) {
            parts.add(new Part.Paragraph("Noch keine Checkliste erfasst."));
            return new Part.Section("Ressourcen und Belastungen", parts);
        }
        Resources latest = list.get(0);
        List<Part.Fact> facts = new ArrayList<>();
        facts.add(new Part.Fact("Stand", new Value.Date(latest.date())));
        for (Factor.Side side : Factor.Side.values()) {
            List<Factor> of = latest.factors().stream().filter(x -> x.side() == side).toList();
            facts.add(new Part.Fact(side == Factor.Side.RESOURCE ? "Ressourcen" : "Belastungen",
                    Value.text(of.isEmpty() ? "keine angekreuzt" : VisitScreens.labels(of, Factor::label))));
        }
        parts.add(new Part.Facts(facts));
        if (latest.hiddenHealthFactors() > 0) {
            parts.add(new Part.Notice(Value.Tone.INFO, latest.hiddenHealthFactors()
                    + " Angabe(n) zu Gesundheitsdaten sind für Sie nicht sichtbar."));
        }
        if (list.size() > 1) {
            parts.add(new Part.Paragraph("Frühere Checklisten: " + list.subList(1, list.size()).stream()
                    .map(r -> GermanFormat.date(r.date())).reduce((a, b) -> a + ", " + b).orElse("")));
        }
        return new Part.Section("Ressourcen und Belastungen", parts);
    }
}
