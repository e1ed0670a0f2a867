package de.ikz.fruehehilfen.internal.families;

import java.nio.file.Path;

import javax.sql.DataSource;

import de.ikz.api.persistence.Migration;
import de.ikz.fruehehilfen.internal.families.FamilyService.IdentityInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.StaffInput;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.MovableClock;

/** The families service on a fresh database with the test offices and cipher, for tests in other packages. */
public final class FamilyTestSupport {

    public static final String T = FamiliesContract.T;
    public static final String ERKELENZ = FamiliesContract.ERKELENZ;
    public static final String GANGELT = FamiliesContract.GANGELT;
    public static final String NOT_IN_REGISTER = FamiliesContract.NOT_IN_REGISTER;

    private FamilyTestSupport() {
    }

    public static FamilyServiceImpl service(DataSource ds) {
        JdbcDatabase db = new JdbcDatabase(ds);
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        return new FamilyServiceImpl(db, new TableAuditLog(db), FamiliesContract.OFFICES, FamiliesContract.FAKE_SEALER,
                new MovableClock(FamiliesContract.TODAY));
    }

    public static StaffInput staff(String kind, String name, String username) {
        return FamiliesContract.staff(kind, name, username);
    }

    public static IdentityInput identityInput() {
        return FamiliesContract.identityInput();
    }
}
