package de.ikz.fruehehilfen.internal.protection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.persistence.Database;

/**
 * Which key ids the database's sealed data may use: every key ever put into the key file, until it is
 * retired. Kept in the database (platform table {@code fruehehilfen_key}: ids and dates only, never a
 * key) so that a missing or outdated key file is noticed at start instead of being replaced by a new
 * key that cannot open the data.
 */
public interface KeyLedger {

    /** Key ids recorded and not retired, oldest first. */
    List<String> activeIds();

    /** Records ids not yet recorded. */
    void record(Collection<String> ids);

    /** Marks the key retired: no sealed value uses it any more. */
    void retire(String id);

    /** The ledger in the module's table. */
    static KeyLedger of(Database db) {
        return new KeyLedger() {
            @Override
            public List<String> activeIds() {
                return db.inTransaction(s -> s.query("SELECT key_id FROM fruehehilfen_key WHERE retired_at IS NULL "
                        + "ORDER BY created_at, key_id", rs -> rs.getString(1)));
            }

            @Override
            public void record(Collection<String> ids) {
                db.inTransaction(s -> {
                    List<String> known = s.query("SELECT key_id FROM fruehehilfen_key", rs -> rs.getString(1));
                    for (String id : ids) {
                        if (!known.contains(id)) {
                            s.update("INSERT INTO fruehehilfen_key (key_id, created_at, retired_at) VALUES (?, ?, NULL)", id,
                                    Timestamp.from(Instant.now()));
                        }
                    }
                    return null;
                });
            }

            @Override
            public void retire(String id) {
                db.inTransaction(s -> s.update("UPDATE fruehehilfen_key SET retired_at = ? WHERE key_id = ?",
                        Timestamp.from(Instant.now()), id));
            }
        };
    }

    /** A ledger in memory (tests). */
    static KeyLedger inMemory() {
        return new KeyLedger() {
            private final Map<String, Boolean> ids = new LinkedHashMap<>();

            @Override
            public synchronized List<String> activeIds() {
                List<String> a = new ArrayList<>();
                ids.forEach((id, retired) -> {
                    if (!retired) {
                        a.add(id);
                    }
                });
                return a;
            }

            @Override
            public synchronized void record(Collection<String> add) {
                add.forEach(id -> ids.putIfAbsent(id, false));
            }

            @Override
            public synchronized void retire(String id) {
                ids.put(id, true);
            }
        };
    }
}
