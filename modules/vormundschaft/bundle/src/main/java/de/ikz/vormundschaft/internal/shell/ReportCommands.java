package de.ikz.vormundschaft.internal.shell;

import java.time.LocalDate;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Due;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * What is due, the report per partner office and the pipeline funnel. Counts below 3 show as
 * {@code <3}. The period defaults like the REST API's: 1 January to today.
 */
final class ReportCommands {

    private ReportCommands() {
    }

    @Command(scope = "vormundschaft", name = "due", description = "Lists what is due soon and everything overdue")
    @Service
    public static final class ListDue extends VmAction {
        @Reference
        CoordinationOffice office;

        @Option(name = "--days", aliases = "-d", description = "how many days ahead, default 30")
        int days = 30;

        @Override
        protected void doExecute(Caller caller) {
            ShellTable table = Out.table("Due", "Kind", "Overdue", "Volunteer", "Appointment", "What");
            for (Due d : office.due(caller, tenant(caller), days)) {
                table.addRow().addContent(d.due(), d.kind(), d.overdue() ? "OVERDUE" : "", Out.text(d.volunteerId()),
                        Out.text(d.appointmentId()), Out.text(d.what()));
            }
            table.print(System.out);
        }
    }

    @Command(scope = "vormundschaft", name = "report", description = "Counts per partner youth office over a period (default: this year)")
    @Service
    public static final class OfficeReport extends PeriodAction {
        @Reference
        CoordinationOffice office;

        @Override
        protected void doExecute(Caller caller) {
            LocalDate t = to();
            LocalDate f = from(t);
            List<Out.CountRow> rows = office.officeReport(caller, tenant(caller), f, t).stream()
                    .map(r -> new Out.CountRow(r.office(), r.counts(), r.suppressed())).toList();
            System.out.println("Report " + f + " to " + t + " (" + Out.SUPPRESSED + " = fewer than 3, not shown)");
            Out.counts(System.out, "Office", rows);
        }
    }

    @Command(scope = "vormundschaft", name = "funnel", description = "Volunteers entering each stage per month (default: this year)")
    @Service
    public static final class Funnel extends PeriodAction {
        @Reference
        CoordinationOffice office;

        @Override
        protected void doExecute(Caller caller) {
            LocalDate t = to();
            LocalDate f = from(t);
            List<Out.CountRow> rows = office.funnel(caller, tenant(caller), f, t).stream()
                    .map(m -> new Out.CountRow(m.month(), m.entered(), m.suppressed())).toList();
            System.out.println("Entered per month " + f + " to " + t + " (" + Out.SUPPRESSED + " = fewer than 3, not shown)");
            Out.counts(System.out, "Month", rows);
        }
    }

    /** A report over a period: {@code --to} default today, {@code --from} default 1 January of the year of {@code --to}. */
    abstract static class PeriodAction extends VmAction {
        @Option(name = "--from", description = "first day (YYYY-MM-DD), default 1 January of the year of --to")
        String from;

        @Option(name = "--to", description = "last day (YYYY-MM-DD), default today")
        String to;

        LocalDate to() {
            return to == null ? LocalDate.now() : Args.date("--to", to);
        }

        LocalDate from(LocalDate to) {
            return from == null ? to.withDayOfYear(1) : Args.date("--from", from);
        }
    }
}
