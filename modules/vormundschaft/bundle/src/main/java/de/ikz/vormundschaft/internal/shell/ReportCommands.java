package de.ikz.vormundschaft.internal.shell;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.kit.text.GermanFormat;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Reports.Due;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * What is due, the report per partner office and the pipeline funnel. The two reports are what
 * staff read, so they are German (house rules, Console) and printed as one block per office or
 * month; counts below 3 show as {@code <3}. The period is the service's ({@link Reports#period}):
 * the command passes only what was given, so console and REST default alike (1 January to today).
 */
final class ReportCommands {

    /** How a count suppressed for privacy (below 3) is shown. */
    static final String SUPPRESSED = "<3";

    /** The line under a report's title that explains {@link #SUPPRESSED}. */
    static final String NOTE = SUPPRESSED + ": weniger als 3, nicht gezeigt";

    /** The report's counts as staff name them; a key not listed is shown as words ({@link Table#label}). */
    static final Map<String, String> COUNT_LABELS = Map.of(
            "childrenProposed", "Kinder vorgeschlagen",
            "childrenMatched", "Kinder vermittelt",
            "childrenAppointed", "Vormundschaften bestellt",
            "activeAppointments", "Aktive Bestellungen",
            "volunteersRecruited", "Ehrenamtliche gewonnen",
            "contacts", "Kontakte");

    /** The stages of the funnel as staff name them. */
    static final Map<String, String> STAGE_LABELS = Map.ofEntries(
            Map.entry(VolunteerStage.ENQUIRY.name(), "Anfrage"),
            Map.entry(VolunteerStage.APPLICATION.name(), "Bewerbung"),
            Map.entry(VolunteerStage.SUITABILITY_INTERVIEW.name(), "Eignungsgespräch"),
            Map.entry(VolunteerStage.CONDUCT_CERTIFICATE.name(), "Führungszeugnis"),
            Map.entry(VolunteerStage.TRAINING.name(), "Schulung"),
            Map.entry(VolunteerStage.REFLECTION_TALK.name(), "Reflexionsgespräch"),
            Map.entry(VolunteerStage.POOL.name(), "Pool"),
            Map.entry(VolunteerStage.MATCHED.name(), "Vermittelt"),
            Map.entry(VolunteerStage.PROPOSED_TO_COURT.name(), "Dem Gericht vorgeschlagen"),
            Map.entry(VolunteerStage.APPOINTED.name(), "Bestellt"),
            Map.entry(VolunteerStage.RESTING.name(), "Ruhend"),
            Map.entry(VolunteerStage.LEFT.name(), "Ausgeschieden"));

    private ReportCommands() {
    }

    @Command(scope = "vormundschaft", name = "due", description = "Lists what is due soon and everything overdue")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ListDue extends VmAction {
        @Reference
        Reports office;

        @Option(name = "--days", aliases = "-d", description = "how many days ahead (0 to " + Reports.MAX_DAYS + "), default "
                + Reports.DEFAULT_DAYS)
        Integer days;

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Due", "Kind", "Overdue", "Volunteer", "Appointment", "What");
            for (Due d : office.due(caller, tenant(caller), days)) {
                table.row(d.due(), d.kind(), d.overdue() ? "OVERDUE" : "", d.volunteerId(), d.appointmentId(), d.what());
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "report", description = "Counts per partner youth office over a period (default: this year)")
    @Service
    @Roles({"coordinator", "auditor", "partner-staff"})
    @ReadOnly
    public static final class OfficeReport extends PeriodAction {
        @Reference
        Reports office;

        @Override
        protected void doExecute(Caller caller) {
            LocalDate f = Args.date("--from", from);
            LocalDate t = Args.date("--to", to);
            List<CountRow> rows = office.officeReport(caller, tenant(caller), f, t).stream()
                    .map(r -> new CountRow(r.office(), r.counts(), r.suppressed())).toList();
            print("Bericht je Jugendamt " + period(office.period(f, t)), counts("Jugendamt", COUNT_LABELS, rows));
        }
    }

    @Command(scope = "vormundschaft", name = "funnel", description = "Volunteers entering each stage per month (default: this year)")
    @Service
    @Roles({"coordinator", "auditor", "partner-staff"})
    @ReadOnly
    public static final class Funnel extends PeriodAction {
        @Reference
        Reports office;

        @Override
        protected void doExecute(Caller caller) {
            LocalDate f = Args.date("--from", from);
            LocalDate t = Args.date("--to", to);
            List<CountRow> rows = office.funnel(caller, tenant(caller), f, t).stream()
                    .map(m -> new CountRow(m.month(), m.entered(), m.suppressed())).toList();
            print("Neu in der Stufe je Monat " + period(office.period(f, t)), counts("Monat", STAGE_LABELS, rows));
        }
    }

    /** A report over a period: {@code --from} and {@code --to}, passed on as given (null when absent). */
    abstract static class PeriodAction extends VmAction {
        @Option(name = "--from", description = "first day (YYYY-MM-DD), default 1 January of the year of --to")
        String from;

        @Option(name = "--to", description = "last day (YYYY-MM-DD), default today")
        String to;

        /** The heading with its period, the note on suppressed counts, a blank line, the table. */
        static void print(String heading, Table table) {
            System.out.println(heading);
            System.out.println(NOTE);
            System.out.println();
            table.print(System.out);
        }
    }

    static String period(Reports.Period p) {
        return GermanFormat.date(p.from()) + " bis " + GermanFormat.date(p.to());
    }

    /** One row of a table of counts: a label, the counts, and the names of suppressed counts. */
    record CountRow(String label, Map<String, Integer> counts, List<String> suppressed) {
    }

    /**
     * A table of counts, one row per label and one column per count name (in the order met), headed
     * by its label. A suppressed count, or one the service left empty, shows as {@code <3}; a count a
     * row lacks as "-". Too wide for 80 columns, it prints as one block per row.
     */
    static Table counts(String first, Map<String, String> labels, List<CountRow> rows) {
        Set<String> names = new LinkedHashSet<>();
        for (CountRow r : rows) {
            if (r.counts() != null) {
                names.addAll(r.counts().keySet());
            }
            if (r.suppressed() != null) {
                names.addAll(r.suppressed());
            }
        }
        List<String> headers = new java.util.ArrayList<>(List.of(first));
        names.forEach(n -> headers.add(labels.getOrDefault(n, Table.label(n))));
        Table table = Table.of(headers.toArray(String[]::new));
        for (int i = 1; i < headers.size(); i++) {
            table.alignRight(i);
        }
        for (CountRow r : rows) {
            List<Object> cells = new java.util.ArrayList<>(List.of(r.label()));
            names.forEach(n -> cells.add(cell(r, n)));
            table.row(cells.toArray());
        }
        return table;
    }

    private static String cell(CountRow r, String name) {
        boolean suppressed = r.suppressed() != null && r.suppressed().contains(name);
        if (suppressed || r.counts() != null && r.counts().containsKey(name) && r.counts().get(name) == null) {
            return SUPPRESSED;
        }
        Integer n = r.counts() == null ? null : r.counts().get(name);
        return n == null ? "-" : n.toString();
    }
}
