package de.ikz.core.internal;

import java.util.concurrent.atomic.AtomicLong;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generation of users ({@code UserService.generation()}) shared by every node on one database: a counter in
 * {@code ikz_user_generation}, moved in the transaction that changes a user, and signalled to the other nodes
 * ({@link Session#signal}, PostgreSQL NOTIFY) so that their remembered logins and web sessions are checked again at
 * once. Reading it costs nothing: each node keeps the highest value it wrote or heard. When the listening connection
 * was lost, the value is read again from the table.
 */
final class UserGeneration implements AutoCloseable {

    static final String CHANNEL = "ikz_users";
    private static final Logger LOG = LoggerFactory.getLogger(UserGeneration.class);

    private final Database db;
    /** The highest value of the table this node wrote or heard. */
    private final AtomicLong local = new AtomicLong();
    /** Moved when a signal could not be read: the value still changes, and later ones still count. */
    private final AtomicLong missed = new AtomicLong();
    private final AutoCloseable listening;

    UserGeneration(Database db) {
        this.db = db;
        this.listening = db.listen(CHANNEL, this::heard);
        local.accumulateAndGet(read(), Math::max);
    }

    long current() {
        return local.get() + missed.get();
    }

    /** Moves the generation in its own transaction. */
    void bump() {
        db.inTransaction(s -> {
            bump(s);
            return null;
        });
    }

    /** Moves the generation in the caller's transaction; the other nodes hear of it when it commits. */
    void bump(Session s) {
        s.update("UPDATE ikz_user_generation SET generation = generation + 1 WHERE id = 1");
        long g = s.queryOne("SELECT generation FROM ikz_user_generation WHERE id = 1", rs -> rs.getLong(1))
                .orElseThrow(() -> new IllegalStateException("ikz_user_generation has no row (core migration V5)"));
        s.signal(CHANNEL, Long.toString(g));
        // at once on this node, even before the commit: remembered logins end early rather than late
        local.accumulateAndGet(g, Math::max);
    }

    private void heard(String payload) {
        try {
            long g = payload == null ? read() : Long.parseLong(payload);
            local.accumulateAndGet(g, Math::max);
        } catch (RuntimeException e) {
            // never keep an old generation: the next request checks every login again
            LOG.warn("generation of users not readable ({}); remembered logins are forgotten", e.toString());
            missed.incrementAndGet();
        }
    }

    private long read() {
        return db.inTransaction(s -> s.queryOne("SELECT generation FROM ikz_user_generation WHERE id = 1",
                rs -> rs.getLong(1))).orElse(0L);
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (Exception e) {
            LOG.debug("closing the generation listener", e);
        }
    }
}
