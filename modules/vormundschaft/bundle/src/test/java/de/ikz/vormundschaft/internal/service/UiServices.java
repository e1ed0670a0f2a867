package de.ikz.vormundschaft.internal.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import de.ikz.api.persistence.Migration;
import de.ikz.persistence.internal.DerbyTestDatabase;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.MovableClock;

/**
 * The module's five services on a fresh Derby database, for the screen tests in
 * {@code de.ikz.vormundschaft.internal.ui} (the implementations' test constructors and the
 * {@link Directory} are package-private). Youth offices of tenant {@code tenant}: {@link #OFFICES}.
 */
public final class UiServices {

    public static final List<String> OFFICES = List.of("ja-a", "ja-b", "ja-c");

    public final MovableClock clock;
    public final Volunteers volunteers;
    public final Training training;
    public final Cases cases;
    public final Appointments appointments;
    public final Reports reports;

    private UiServices(MovableClock clock, Volunteers volunteers, Training training, Cases cases, Appointments appointments,
                       Reports reports) {
        this.clock = clock;
        this.volunteers = volunteers;
        this.training = training;
        this.cases = cases;
        this.appointments = appointments;
        this.reports = reports;
    }

    /** Fresh services for {@code tenant} in a new database below {@code dir}; today is {@code today}. */
    public static UiServices fresh(Path dir, String tenant, LocalDate today) {
        JdbcDatabase db = new JdbcDatabase(DerbyTestDatabase.fresh(dir));
        db.migrate(VormundschaftSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        TableAuditLog audit = new TableAuditLog(db);
        Directory directory = new Directory() {
            @Override
            public List<String> youthOffices(String tenantId) {
                return tenant.equals(tenantId) ? OFFICES : List.of();
            }

            @Override
            public boolean municipalityKnown(String ags) {
                return true;
            }
        };
        MovableClock clock = new MovableClock(today);
        return new UiServices(clock, new VolunteersImpl(db, audit, directory, clock), new TrainingImpl(db, audit, directory, clock),
                new CasesImpl(db, audit, directory, clock), new AppointmentsImpl(db, audit, directory, clock),
                new ReportsImpl(db, audit, directory, clock));
    }

    /** Ids of the required training modules. */
    public static List<String> requiredModules() {
        return Catalogue.required();
    }
}
