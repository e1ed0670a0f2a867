package de.ikz.fruehehilfen.internal.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import de.ikz.api.persistence.Migration;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.pool.CostType;
import de.ikz.fruehehilfen.internal.pool.FundingArea;
import de.ikz.fruehehilfen.internal.reports.Inputs.Counts;
import de.ikz.fruehehilfen.internal.reports.Inputs.Money;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.TestDatabases;

/** The reports on Derby in a folder with a fixed 2025 (Kreis Heinsberg and Erkelenz), for tests of other packages. */
public final class TestReports {

    public static final String KREIS = Inputs.KREIS;
    public static final String ERKELENZ = Inputs.ERKELENZ;

    private TestReports() {
    }

    public static Reports derby(Path dir, Clock clock) {
        JdbcDatabase db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")).stream()
                .filter(m -> m.version() == 5).toList());
        Inputs.Pool pool = new Inputs.Pool().year(2025, Inputs.lines(FundingArea.II, CostType.PERSONNEL, "90000.00"),
                new Money(KREIS, "Kreisjugendamt Heinsberg", "104178.00", "20835.60", "125013.60", "0.00", "80000.00", "0.00", "0.00"),
                new Money(ERKELENZ, "Jugendamt Erkelenz", "12500.00", "2500.00", "15000.00", "0.00", "10000.00", "0.00", "0.00"));
        Inputs.Service service = new Inputs.Service().with(new Counts(KREIS, 90, 110, 520, 520 * 70, 40, Map.of(Referral.CLINIC, 60)),
                new Counts(ERKELENZ, 30, 41, 172, 172 * 65, 2, Map.of(Referral.CLINIC, 20)));
        return new ReportsService(db, new TableAuditLog(db), new DocumentServiceImpl(), Inputs.offices(), service, pool, clock,
                Deadlines.standard());
    }
}
