package de.ikz.ui.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import de.ikz.api.persistence.Database;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session store as two nodes see it: two {@link Sessions} over two database connections to one
 * database (each node has its own {@code Database} service). Subclasses name the database.
 */
abstract class SessionsContract {

    protected abstract DataSource freshDataSource() throws Exception;

    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(10);

    final StepClock clock = new StepClock();
    Database dbA;
    Database dbB;
    Sessions nodeA;
    Sessions nodeB;

    @BeforeEach
    void setUp() throws Exception {
        DataSource ds = freshDataSource();
        dbA = SessionDatabase.migrated(ds);
        dbB = SessionDatabase.migrated(ds);
        nodeA = new Sessions(dbA, clock, IDLE, ABSOLUTE, 1000);
        nodeB = new Sessions(dbB, clock, IDLE, ABSOLUTE, 1000);
    }

    static final Caller CARLA = new Caller("carla", Set.of(PlatformRole.COORDINATOR, PlatformRole.AUDITOR), Optional.of("kreis-a"),
            Optional.of("jugendamt-a"), Set.of("mod", "other"), "10.0.0.7", Set.of("mod.lead"));

    @Test
    void aSessionCreatedOnOneNodeIsFoundWithAllItsStateOnTheOther() {
        Session a = nodeA.create();
        a.caller = CARLA;
        a.mustChange = true;
        a.generation = 42;
        a.flash = "Gespeichert; „gut“.";
        a.returnTo = "/ui/mod/due?x=1";
        a.tenantName = "Kreis A";
        a.officeName = "Jugendamt A";
        a.namesLooked = true;
        nodeA.save(a);

        clock.advance(Duration.ofMinutes(1));
        Session b = nodeB.find(a.id).session();
        assertThat(b).isNotNull();
        assertThat(b.id).isEqualTo(a.id);
        assertThat(b.csrf).isEqualTo(a.csrf);
        assertThat(b.caller).isEqualTo(CARLA);
        assertThat(b.mustChange).isTrue();
        assertThat(b.generation).isEqualTo(42);
        assertThat(b.takeFlash()).isEqualTo("Gespeichert; „gut“.");
        assertThat(b.returnTo).isEqualTo("/ui/mod/due?x=1");
        assertThat(b.tenantName).isEqualTo("Kreis A");
        assertThat(b.officeName).isEqualTo("Jugendamt A");
        assertThat(b.namesLooked).isTrue();
        assertThat(b.created).isEqualTo(a.created);
        assertThat(b.lastSeen).isEqualTo(clock.instant());
        // the flash was taken on B: A does not show it again
        nodeB.save(b);
        assertThat(nodeA.find(a.id).session().flash).isNull();
    }

    @Test
    void aLogoutOnOneNodeEndsTheSessionOnTheOtherAndAStaleCopyDoesNotBringItBack() {
        Session a = nodeA.create();
        a.caller = CARLA;
        nodeA.save(a);
        Session onB = nodeB.find(a.id).session();
        assertThat(onB).isNotNull();

        nodeA.end(nodeA.find(a.id).session());
        onB.flash = "a request on B that was still running";
        nodeB.save(onB);

        Sessions.Found after = nodeB.find(a.id);
        assertThat(after.session()).isNull();
        assertThat(after.expired()).isTrue();
        assertThat(nodeA.find(a.id).session()).isNull();
        assertThat(nodeA.size()).isZero();
    }

    @Test
    void theTableHoldsOnlyTheHashOfTheCookieValue() {
        Session a = nodeA.create();
        a.caller = CARLA;
        nodeA.save(a);
        List<Map<String, String>> rows = dbA.inTransaction(s -> s.query("SELECT * FROM ikz_ui_session", rs -> {
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT), rs.getString(i));
            }
            return row;
        }));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("id_hash")).isEqualTo(Sessions.hash(a.id)).matches("[0-9a-f]{64}");
        assertThat(rows.get(0).values()).noneMatch(v -> v != null && v.contains(a.id));
        // a known hash is no cookie: looking it up as a cookie value finds nothing
        assertThat(nodeB.find(Sessions.hash(a.id)).session()).isNull();
    }

    @Test
    void theRowIsWrittenOnlyWhenTheStateChangedOrItsLastSeenIsOlderThanTheSlice() {
        assertThat(nodeA.slice()).isEqualTo(Duration.ofSeconds(30));
        Session a = nodeA.create();
        a.caller = CARLA;
        nodeA.save(a);
        Instant written = lastSeenInRow(a);
        assertThat(written).isEqualTo(clock.instant());

        clock.advance(Duration.ofSeconds(29));
        nodeB.save(nodeB.find(a.id).session());
        assertThat(lastSeenInRow(a)).as("nothing changed, within the slice: no write").isEqualTo(written);

        clock.advance(Duration.ofSeconds(1));
        nodeB.save(nodeB.find(a.id).session());
        assertThat(lastSeenInRow(a)).as("the slice passed: lastSeen written").isEqualTo(clock.instant());

        clock.advance(Duration.ofSeconds(1));
        Session changed = nodeA.find(a.id).session();
        changed.flash = "neu";
        nodeA.save(changed);
        assertThat(lastSeenInRow(a)).as("a changed state is written at once, with lastSeen").isEqualTo(clock.instant());
        assertThat(nodeB.find(a.id).session().flash).isEqualTo("neu");
    }

    @Test
    void requestsOnEitherNodeKeepTheSessionAliveAndTheIdleAndAbsoluteTimeoutsHold() {
        Session a = nodeA.create();
        a.caller = CARLA;
        nodeA.save(a);
        // requests alternate between the nodes, each within the idle time of the one before
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(29));
            Sessions node = i % 2 == 0 ? nodeB : nodeA;
            Session s = node.find(a.id).session();
            assertThat(s).as("request %d", i).isNotNull();
            node.save(s);
        }
        // 20 * 29 min = 9 h 40 min; the absolute timeout ends it at 10 h even while it is used
        clock.advance(Duration.ofMinutes(19));
        Session last = nodeB.find(a.id).session();
        assertThat(last).isNotNull();
        nodeB.save(last);
        clock.advance(Duration.ofMinutes(1));
        assertThat(nodeA.find(a.id).session()).as("10 h after login").isNull();

        Session idle = nodeA.create();
        idle.caller = CARLA;
        nodeA.save(idle);
        clock.advance(IDLE.minusSeconds(1));
        assertThat(nodeB.find(idle.id).session()).isNotNull();
        clock.advance(IDLE);
        Sessions.Found gone = nodeB.find(idle.id);
        assertThat(gone.session()).isNull();
        assertThat(gone.expired()).isTrue();
        assertThat(nodeA.size()).as("an ended session found is deleted").isZero();
    }

    @Test
    void aNewSessionPurgesEndedOnesAndWhenFullDropsPendingLoginFormsFirst() {
        Sessions small = new Sessions(dbA, clock, IDLE, ABSOLUTE, 3);
        Session old = small.create();
        small.save(old);
        clock.advance(IDLE);
        Session user = small.create();
        user.caller = CARLA;
        small.save(user);
        assertThat(small.size()).as("the ended one was purged").isEqualTo(1);

        Session form1 = small.create();
        small.save(form1);
        clock.advance(Duration.ofSeconds(1));
        Session form2 = small.create();
        small.save(form2);
        assertThat(small.size()).isEqualTo(3);
        Sessions smallB = new Sessions(dbB, clock, IDLE, ABSOLUTE, 3);
        Session more = smallB.create(); // on any node: the table is full
        assertThat(small.size()).isEqualTo(1);
        smallB.save(more);
        assertThat(nodeB.find(user.id).session()).as("logged-in users stay").isNotNull();
        assertThat(nodeB.find(form1.id).session()).isNull();
        assertThat(nodeB.find(more.id).session()).isNotNull();
    }

    @Test
    void aRowWhoseCallerCannotBeReadEndsTheSession() {
        Session a = nodeA.create();
        a.caller = CARLA;
        nodeA.save(a);
        dbA.inTransaction(s -> s.update("UPDATE ikz_ui_session SET caller_text = ? WHERE id_hash = ?", "v=1;user=carla;roles=ROOT",
                Sessions.hash(a.id)));
        assertThat(nodeB.find(a.id).expired()).isTrue();
        assertThat(nodeB.size()).isZero();
    }

    /** A clock that moves only when told (10:00 UTC on the fixture's day to start). */
    static final class StepClock extends java.time.Clock {
        private Instant now = ShellFixture.DAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    Instant lastSeenInRow(Session s) {
        return dbA.inTransaction(t -> t.queryOne("SELECT last_seen_ms FROM ikz_ui_session WHERE id_hash = ?",
                rs -> Instant.ofEpochMilli(rs.getLong(1)), Sessions.hash(s.id))).orElseThrow();
    }
}
