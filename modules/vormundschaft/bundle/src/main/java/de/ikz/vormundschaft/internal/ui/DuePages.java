package de.ikz.vormundschaft.internal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Reports.Due;
import de.ikz.vormundschaft.internal.service.Volunteers;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

/**
 * The coordinator's day, the area's start page: the service's due list ({@link Reports#due}, as
 * {@code GET due?days=}) — yearly court reports, suitability re-checks, follow-ups of contacts,
 * allowance deadlines, appointed volunteers without contact for six weeks — overdue first, each
 * with the page where it is dealt with. Coordinators and auditors, as in REST.
 */
final class DuePages {

    static final String START = "";

    private final Reports reports;
    private final Volunteers volunteers;

    DuePages(Reports reports, Volunteers volunteers) {
        this.reports = reports;
        this.volunteers = volunteers;
    }

    List<UiPage> pages() {
        return List.of(new Start());
    }

    /** German name of a kind of due item. */
    static String kind(String kind) {
        return switch (kind) {
            case "REPORT" -> "Jahresbericht an das Familiengericht";
            case "RECHECK" -> "Eignung erneut prüfen";
            case "FOLLOW_UP" -> "Nachfassen nach einem Kontakt";
            case "ALLOWANCE" -> "Aufwandspauschale: Antragsfrist";
            case "CONTACT" -> "Seit sechs Wochen kein Kontakt";
            default -> kind;
        };
    }

    final class Start implements UiPage {

        @Override
        public String path() {
            return START;
        }

        @Roles({"coordinator", "auditor"})
        @Override
        public View view(UiRequest r) {
            Integer days = CaseUiPages.number(r, "days", Reports.MAX_DAYS);
            int within = days == null ? Reports.DEFAULT_DAYS : days;
            String tenant = CaseUiPages.tenant(r);
            List<Due> due = reports.due(r.caller(), tenant, days);
            Map<String, Volunteer> names = VormundschaftUi.byId(volunteers.volunteers(r.caller(), tenant, null));
            List<Due> sorted = new ArrayList<>(due);
            sorted.sort(java.util.Comparator.comparing((Due d) -> !d.overdue()).thenComparing(Due::due));
            long overdue = due.stream().filter(Due::overdue).count();

            List<Part> parts = new ArrayList<>();
            if (overdue > 0) {
                parts.add(Part.notice(Value.Tone.WARNING, overdue == 1 ? "Ein Vorgang ist überfällig."
                        : overdue + " Vorgänge sind überfällig."));
            }
            parts.add(new Part.Form(START, Part.Method.GET, List.of(new Part.Input("days", "Zeitraum in Tagen",
                    Part.InputType.NUMBER, String.valueOf(within), null, false,
                    "0 bis " + Reports.MAX_DAYS + " Tage ab heute; Überfälliges wird immer gezeigt")), "Anzeigen", null));
            List<List<Value>> rows = new ArrayList<>();
            for (Due d : sorted) {
                rows.add(java.util.Arrays.asList(Value.date(d.due()), Value.text(kind(d.kind())),
                        d.overdue() ? Value.badge("überfällig", Value.Tone.ERROR) : Value.badge("fällig", Value.Tone.INFO),
                        VormundschaftUi.volunteerLink(names, d.volunteerId()),
                        d.appointmentId() == null ? null : Value.link(d.appointmentId(), "appointments/" + d.appointmentId())));
            }
            parts.add(new Part.Table("Fällig in den nächsten " + within + " Tagen und überfällig",
                    List.of("Fällig am", "Was", "Stand", "Ehrenamtliche", "Bestellung"), rows, null,
                    "In diesem Zeitraum ist nichts fällig."));
            return new View.Screen("Heute fällig", parts);
        }
    }
}
