package de.ikz.fruehehilfen.internal.reports.shell;

import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.reports.Reports;
import de.ikz.fruehehilfen.internal.reports.SteeringReport;
import de.ikz.fruehehilfen.internal.reports.SteeringReport.Row;
import de.ikz.fruehehilfen.internal.shell.ModuleCommand;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.kit.text.GermanFormat;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * The console twins of the reports' read operations: the proofs of use due and the steering
 * report. What they print is what staff read, so it is German; a figure the service suppressed
 * prints as {@value #SUPPRESSED}. The period is the service's: the command passes on only what was
 * given.
 */
final class ReportShellCommands {

    static final String SUPPRESSED = "<3";

    private ReportShellCommands() {
    }

    /** The due list as staff read it: deadline, which proof, due or overdue. */
    @ReadOnly
    @Roles({"coordinator", "auditor", "partner-staff"})
    @Command(scope = "fruehehilfen", name = "proof-due", description = "Lists the proofs of use (Verwendungsnachweise) due or overdue")
    @Service
    public static final class ProofDue extends ModuleCommand {

        @Override
        protected void doExecute(Caller caller) {
            Table table = Table.of("Frist", "Nachweis", "Stand");
            reports.due(caller, tenant(caller)).forEach(d -> table.row(GermanFormat.date(d.due()), d.what(),
                    d.overdue() ? "überfällig" : "fällig"));
            table.print(System.out);
        }

        @Reference
        Reports reports;
    }

    /** The steering report: one block per office (too wide for a table), then the totals. */
    @ReadOnly
    @Roles({"coordinator", "auditor", "partner-staff"})
    @Command(scope = "fruehehilfen", name = "steering-report", description = "The steering committee's figures per youth office "
            + "over a period (default: this year)")
    @Service
    public static final class Steering extends ModuleCommand {
        @Reference
        Reports reports;

        @Option(name = "--from", description = "first day (YYYY-MM-DD), default 1 January of the year of --to")
        String from;

        @Option(name = "--to", description = "last day (YYYY-MM-DD), default today")
        String to;

        @Override
        protected void doExecute(Caller caller) {
            SteeringReport r = reports.steering(caller, tenant(caller), from == null ? null : Input.date("--from", from),
                    to == null ? null : Input.date("--to", to));
            System.out.println("Bericht an den Steuerungskreis, " + GermanFormat.date(r.from()) + " bis " + GermanFormat.date(r.to()));
            if (!r.suppressed().isEmpty()) {
                System.out.println(SUPPRESSED + ": Summe nicht ausgewiesen (weniger als 3 Familien anderer Jugendämter)");
            }
            System.out.println();
            Table table = Table.of("Jugendamt", "Neue Fälle", "Familien", "Kontakte", "Stunden", "Weitervermittlungen")
                    .alignRight(1, 2, 3, 4, 5);
            r.offices().forEach(o -> table.row(cells(o)));
            table.row(cells(r.total()));
            table.print(System.out);
        }

        private static Object[] cells(Row o) {
            return new Object[] {o.name(), shown(o.newCases()), shown(o.families()), shown(o.contacts()),
                    o.hours() == null ? SUPPRESSED : GermanFormat.number(o.hours()), shown(o.referrals())};
        }

        private static String shown(Integer n) {
            return n == null ? SUPPRESSED : n.toString();
        }
    }
}
