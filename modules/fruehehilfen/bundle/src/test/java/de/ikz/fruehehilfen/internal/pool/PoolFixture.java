package de.ikz.fruehehilfen.internal.pool;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import de.ikz.allocation.internal.AllocationServiceImpl;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.MovableClock;

/**
 * The pool service on a fresh database with the pool's migration, the core's real allocation
 * service (its engine splits the money; only the participants are a fake: the Kreis Heinsberg and
 * its four towns, with populations for a population key) and a movable clock.
 */
public final class PoolFixture {

    public static final String TENANT = "kreis-hs";
    public static final String KREIS = "ja-kreis-heinsberg";
    public static final String ERKELENZ = "ja-erkelenz";
    public static final String GEILENKIRCHEN = "ja-geilenkirchen";
    public static final String HEINSBERG = "ja-heinsberg";
    public static final String HUECKELHOVEN = "ja-hueckelhoven";

    /** Participants of the tenant with their names and (illustrative) populations. */
    public static final Map<String, String> NAMES = new LinkedHashMap<>();
    static final Map<String, Long> POPULATION = new LinkedHashMap<>();

    static {
        NAMES.put(KREIS, "Kreisjugendamt Heinsberg");
        NAMES.put(ERKELENZ, "Jugendamt Erkelenz");
        NAMES.put(GEILENKIRCHEN, "Jugendamt Geilenkirchen");
        NAMES.put(HEINSBERG, "Jugendamt Heinsberg");
        NAMES.put(HUECKELHOVEN, "Jugendamt Hückelhoven");
        POPULATION.put(KREIS, 120_000L);
        POPULATION.put(ERKELENZ, 44_000L);
        POPULATION.put(GEILENKIRCHEN, 28_000L);
        POPULATION.put(HEINSBERG, 42_000L);
        POPULATION.put(HUECKELHOVEN, 40_000L);
    }

    public final JdbcDatabase db;
    public final TableAuditLog audit;
    public final MovableClock clock;
    public final PoolServiceImpl pool;

    private PoolFixture(DataSource ds, LocalDate today) {
        db = new JdbcDatabase(ds);
        // only this part's migration: the pool's tests do not depend on the other parts' scripts
        List<Migration> mine = Migration.fromDirectory(Path.of("src/main/resources/db/migration")).stream()
                .filter(m -> m.version() == 1).toList();
        db.migrate(Schema.OWNER, mine);
        audit = new TableAuditLog(db);
        clock = new MovableClock(today);
        pool = new PoolServiceImpl(db, audit, (caller, tenant, id) -> TENANT.equals(tenant)
                ? Optional.ofNullable(NAMES.get(id)) : Optional.empty(), allocation(), clock, PoolServiceImpl.Defaults.STANDARD);
    }

    public static PoolFixture on(DataSource ds, LocalDate today) {
        return new PoolFixture(ds, today);
    }

    /** The core's allocation service; of its collaborators only the participants' figures are used by a split. */
    public static AllocationService allocation() {
        ParticipantService participants = de.ikz.testkit.FakeParticipants.figures(POPULATION);
        return new AllocationServiceImpl(null, null, null, participants, null, null, null);
    }

}
