package de.ikz.kinderschutz.internal.reports.shell;

import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.reports.Budget;
import de.ikz.kinderschutz.internal.reports.Indicators;
import de.ikz.kinderschutz.internal.reports.ReportsService;
import de.ikz.kinderschutz.internal.shell.ModuleCommand;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.kit.text.GermanFormat;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Budget and indicators on the console (scope {@code kinderschutz}). */
public final class ReportCommands {

    private ReportCommands() {
    }

    @Command(scope = "kinderschutz", name = "budget-show", description = "Shows a year's network budget and its split")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ShowBudget extends ModuleCommand {
        @Reference
        ReportsService reports;

        @Argument(index = 0, name = "year", required = true, description = "the year, e.g. 2025")
        String year;

        @Override
        protected void doExecute(Caller caller) {
            int y = Input.year("year", year);
            Budget b = reports.budget(caller, tenant(caller), y).orElseThrow(() -> IkzException.notFound("budget", String.valueOf(y)));
            System.out.println("Netzwerkbudget " + y + ": " + GermanFormat.money(b.amount()) + ", ausgegeben " + GermanFormat.money(b.spent())
                    + ", verbleibend " + GermanFormat.money(b.left()));
            Table t = Table.of("Partner", "Anteil").alignRight(1);
            for (Map.Entry<String, java.math.BigDecimal> e : b.shares().entrySet()) {
                t.row(e.getKey(), GermanFormat.money(e.getValue()));
            }
            t.print(System.out);
        }
    }

    @Command(scope = "kinderschutz", name = "indicators", description = "Shows a year's indicators of the network")
    @Service
    @Roles({"coordinator", "auditor"})
    @ReadOnly
    public static final class ShowIndicators extends ModuleCommand {
        @Reference
        ReportsService reports;

        @Argument(index = 0, name = "year", required = true, description = "the year, e.g. 2025")
        String year;

        @Override
        protected void doExecute(Caller caller) {
            Indicators ind = reports.indicators(caller, tenant(caller), Input.year("year", year));
            System.out.println("Netzwerkkonferenzen: " + ind.conferences() + ", Arbeitsgruppen: " + ind.workingGroups()
                    + ", Aufgaben fällig: " + ind.followUpsDue() + ", fristgerecht: " + ind.followUpsOnTime());
            Table t = Table.of("Bereich", "Mitglieder", "Quote", "Fortgebildete").alignRight(1, 2, 3);
            for (Indicators.FieldRow f : ind.fields()) {
                t.row(f.label(), f.members(), f.attendanceRate() == null ? "-" : GermanFormat.decimal(f.attendanceRate(), 1, false) + " %",
                        f.trainingParticipants());
            }
            t.print(System.out);
        }
    }
}
