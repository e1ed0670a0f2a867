package de.ikz.vormundschaft.internal.ui;

import static de.ikz.vormundschaft.internal.ui.CaseUiPages.AUDITOR;
import static de.ikz.vormundschaft.internal.ui.CaseUiPages.COORDINATOR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.Input;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.ProposalStatus;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Cases.AppointmentInput;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.Proposal;
import de.ikz.vormundschaft.internal.service.Cases.Suggestion;

/**
 * Matching a child: the suggested volunteers with their reasons (best first, as the service ranks
 * them), the match, the reasoned proposal to the family court (SGB VIII § 53), its withdrawal and
 * the court's appointment. Coordinators and auditors open it, only coordinators change anything.
 * Which step is possible is the service's rule; the page offers the forms that fit the case's
 * status and shows a refusal as the shell shows every refusal. The service makes no proposal
 * document, so there is nothing to download; the proposal's reasons are shown in full.
 */
final class MatchingPages {

    static final String MATCH = "match";
    static final String PROPOSE = "propose";
    static final String WITHDRAW = "withdraw";
    static final String APPOINT = "appoint";

    private final CaseUiPages ui;

    MatchingPages(CaseUiPages ui) {
        this.ui = ui;
    }

    List<UiPage> pages() {
        return List.of(new Matching(ui));
    }

    /** The case steps of a child as a table (newest first, as the service lists them). */
    static Part.Table stepsTable(List<Proposal> steps, Map<String, String> names) {
        List<List<Value>> rows = new ArrayList<>();
        for (Proposal p : steps) {
            rows.add(Arrays.asList(CaseUiPages.volunteer(names, p.volunteerId()), CaseUiPages.status(p.status()),
                    CaseUiPages.date(p.matchedOn()), p.court() == null ? null : Value.text(p.court()),
                    CaseUiPages.date(p.proposedOn()), CaseUiPages.date(p.closedOn()),
                    p.closeReason() == null ? null : Value.text(p.closeReason())));
        }
        return new Part.Table("Schritte der Vermittlung", List.of("Ehrenamtliche/r", "Stand", "Zugeordnet am", "Familiengericht",
                "Vorgeschlagen am", "Abgeschlossen am", "Grund"), rows, null, "Es gab noch keine Zuordnung.");
    }

    /** {@code children/{id}/matching}. POST with {@code step} = match, propose, withdraw or appoint. */
    static final class Matching implements UiPage {

        private final CaseUiPages ui;

        Matching(CaseUiPages ui) {
            this.ui = ui;
        }

        @Override
        public String path() {
            return "children/{id}/matching";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR})
        public View view(UiRequest r) {
            String t = CaseUiPages.tenant(r);
            Child c = ui.cases.child(r.caller(), t, r.pathParam("id"));
            String self = "children/" + c.id() + "/matching";
            boolean changes = CaseUiPages.coordinator(r.caller());
            Map<String, String> names = ui.volunteerNames(r);
            List<Proposal> steps = ui.cases.proposals(r.caller(), t, c.id());
            Optional<Proposal> open = steps.stream().filter(p -> p.status().open()).findFirst();
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Facts(List.of(
                    new Part.Fact("Kind", Value.link(c.id(), "children/" + c.id())),
                    new Part.Fact("Stand", CaseUiPages.status(c.status())),
                    new Part.Fact("Altersgruppe", Value.text(CaseUiPages.label(CaseUiPages.AGE_BANDS, c.ageBand()))),
                    new Part.Fact("Sprachen", Value.text(CaseUiPages.joined(c.languages()))),
                    new Part.Fact("Gemeinde", Value.text(c.municipality())),
                    new Part.Fact("Unbegleitet minderjährig", Value.text(CaseUiPages.yesNo(c.unaccompaniedMinor()))))));
            if (c.status() == CaseStatus.OPEN) {
                parts.add(suggestions(r, t, c, self, changes));
            }
            // the open step, else the step that led to the appointment: the reasoned proposal stays readable
            steps.stream().filter(p -> p.status().open() || p.status() == ProposalStatus.APPOINTED).findFirst()
                    .ifPresent(p -> parts.add(currentStep(p, names)));
            if (changes && c.status() == CaseStatus.MATCHED) {
                parts.add(Part.section("Dem Familiengericht vorschlagen",
                        Part.paragraph("Der Vorschlag an das Familiengericht ist zu begründen (§ 53 SGB VIII)."),
                        new Part.Form(self, Part.Method.POST, List.of(
                                hidden(PROPOSE),
                                Input.text("court", "Familiengericht", null, true),
                                new Input("reasons", "Begründung", InputType.TEXTAREA, null, null, true,
                                        "Warum diese Person zu diesem Kind passt"),
                                new Input("on", "Vorgeschlagen am", InputType.DATE, null, null, false, "Leer: heute")),
                                "Vorschlagen", null)));
            }
            if (changes && c.status() == CaseStatus.PROPOSED) {
                parts.add(Part.section("Bestellung durch das Familiengericht erfassen", new Part.Form(self, Part.Method.POST, List.of(
                        hidden(APPOINT),
                        Input.text("court", "Familiengericht", open.map(Proposal::court).orElse(null), true),
                        Input.text("fileNumber", "Aktenzeichen", null, true),
                        new Input("appointedOn", "Bestellt am", InputType.DATE, r.today().toString(), null, true, null),
                        new Input("kind", "Art", InputType.RADIO, "GUARDIANSHIP", CaseUiPages.KINDS, true, null),
                        new Input("areas", "Bereiche der Pflegschaft", InputType.CHECKBOX, null, CaseUiPages.AREAS, false,
                                "Nur bei einer Pflegschaft"),
                        Input.text("additionalPfleger", "Zusätzliche Pflegerin / zusätzlicher Pfleger", null, false),
                        new Input("additionalPflegerAreas", "Bereiche der zusätzlichen Pflegschaft", InputType.CHECKBOX, null,
                                CaseUiPages.AREAS, false, null)),
                        "Bestellung erfassen", null)));
            }
            if (changes && open.isPresent()) {
                parts.add(Part.section("Zuordnung zurücknehmen", new Part.Form(self, Part.Method.POST, List.of(
                        hidden(WITHDRAW),
                        new Input("reason", "Grund", InputType.TEXTAREA, null, null, true,
                                "z. B. Das Gericht hat eine andere Person bestellt."),
                        new Input("on", "Am", InputType.DATE, null, null, false, "Leer: heute")),
                        "Zurücknehmen", null)));
            }
            parts.add(stepsTable(steps, names));
            return new View.Screen("Vermittlung für " + c.id(), parts,
                    new Part.Link("Zurück zu " + c.id(), "children/" + c.id(), null));
        }

        private Part suggestions(UiRequest r, String t, Child c, String self, boolean changes) {
            List<Suggestion> list = ui.cases.suggestions(r.caller(), t, c.id());
            if (list.isEmpty()) {
                return Part.section("Vorschläge", Part.paragraph("Derzeit passt keine ehrenamtliche Person aus dem Pool."
                        + " Nicht geschulte, voll ausgelastete, zu weit entfernte oder nur für ein anderes Kind"
                        + " qualifizierte Personen werden nicht vorgeschlagen."));
            }
            Map<String, String> offices = ui.officeNames(r);
            List<Part.Tile> tiles = new ArrayList<>();
            int rank = 1;
            for (Suggestion s : list) {
                List<String> lines = new ArrayList<>();
                lines.add("Rang " + rank++ + " · Punkte: " + s.score() + " · Jugendamt: " + CaseUiPages.office(offices, s.office()));
                lines.addAll(s.reasons());
                List<Part.Action> actions = changes
                        ? List.of(new Part.Action(s.volunteerName() + " zuordnen", self, Part.Method.POST,
                        Map.of("step", MATCH, "volunteerId", s.volunteerId()), false,
                        s.volunteerName() + " dem Kind " + c.id() + " zuordnen?"))
                        : List.of();
                tiles.add(new Part.Tile(s.volunteerName(), "volunteers/" + s.volunteerId(), lines, actions));
            }
            return Part.section("Vorschläge",
                    Part.paragraph("Geeignete Ehrenamtliche, die besten zuerst, mit den Gründen."),
                    new Part.Board(null, List.of(new Part.Lane("Geeignete Ehrenamtliche", tiles))));
        }

        private static Part currentStep(Proposal p, Map<String, String> names) {
            List<Part.Fact> facts = new ArrayList<>(List.of(
                    new Part.Fact("Ehrenamtliche/r", CaseUiPages.volunteer(names, p.volunteerId())),
                    new Part.Fact("Stand", CaseUiPages.status(p.status())),
                    new Part.Fact("Zugeordnet am", CaseUiPages.date(p.matchedOn())),
                    new Part.Fact("Gründe der Zuordnung", Value.text(CaseUiPages.joined(p.matchReasons())))));
            if (p.proposedOn() != null) {
                facts.add(new Part.Fact("Familiengericht", Value.text(p.court())));
                facts.add(new Part.Fact("Vorgeschlagen am", Value.date(p.proposedOn())));
                facts.add(new Part.Fact("Begründung des Vorschlags", Value.text(p.reasons())));
            }
            return Part.section(p.proposedOn() != null ? "Vorschlag an das Familiengericht" : "Zuordnung", new Part.Facts(facts));
        }

        private static Input hidden(String step) {
            return new Input("step", "Schritt", InputType.HIDDEN, step, null, true, null);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            String t = CaseUiPages.tenant(r);
            String id = r.pathParam("id");
            String self = "children/" + id + "/matching";
            String step = r.require("step");
            switch (step) {
                case MATCH -> {
                    Proposal p = ui.cases.match(r.caller(), t, id, CaseUiPages.text(r, "volunteerId"), CaseUiPages.date(r, "on"));
                    return View.redirect(self, "Zugeordnet: " + p.volunteerId() + " zu " + id + ".");
                }
                case PROPOSE -> {
                    ui.cases.propose(r.caller(), t, id, CaseUiPages.text(r, "court"), CaseUiPages.text(r, "reasons"),
                            CaseUiPages.date(r, "on"));
                    return View.redirect(self, "Der Vorschlag an das Familiengericht ist erfasst.");
                }
                case WITHDRAW -> {
                    ui.cases.withdraw(r.caller(), t, id, CaseUiPages.text(r, "reason"), CaseUiPages.date(r, "on"));
                    return View.redirect(self, "Die Zuordnung ist zurückgenommen; das Kind ist wieder offen.");
                }
                case APPOINT -> {
                    Appointment a = ui.cases.appoint(r.caller(), t, id, new AppointmentInput(CaseUiPages.text(r, "court"),
                            CaseUiPages.text(r, "fileNumber"), CaseUiPages.date(r, "appointedOn"), CaseUiPages.text(r, "kind"),
                            CaseUiPages.list(r, "areas"), CaseUiPages.text(r, "additionalPfleger"),
                            CaseUiPages.list(r, "additionalPflegerAreas")));
                    return View.redirect("appointments/" + a.id(), "Die Bestellung ist erfasst.");
                }
                default -> throw IkzException.invalid("step", "unbekannter Schritt: " + step);
            }
        }
    }
}
