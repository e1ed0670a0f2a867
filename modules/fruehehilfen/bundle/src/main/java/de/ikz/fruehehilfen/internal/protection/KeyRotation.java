package de.ikz.fruehehilfen.internal.protection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.protection.FamilyTables.FamilyTable;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key rotation: a new key becomes current, every sealed column of every table in
 * {@link FamilyTables} is re-sealed with it (in batches, one transaction per batch, each batch with
 * its access-log entry), and an old key is retired only once no value uses it. Resumable: re-sealing
 * picks whatever is not yet sealed with the current key, so an interrupted run is continued by
 * running it again. The platform admin's task: one key file serves every tenant of the host.
 */
@Component(service = KeyRotation.class, configurationPid = ProtectionSettings.PID)
public class KeyRotation {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRotation.class);
    static final String RECORD_KEY = "fruehehilfen/key/";

    /** What a run did: values re-sealed per tenant and table, and values that did not open (left as they were). */
    public record Result(String currentKey, Map<String, Integer> resealed, List<String> unreadable) {
        public int total() {
            return resealed.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Values per key id over all tenants, and the current key. */
    public record Status(String currentKey, List<String> keys, Map<String, Integer> valuesPerKey) {
    }

    private final FieldCipher cipher;
    private final KeyLedger ledger;
    private final Database db;
    private final AuditLog audit;
    private final TenantService tenants;
    private final int batch;

    @Activate
    public KeyRotation(@Reference FieldCipher cipher, @Reference Database db, @Reference AuditLog audit,
                       @Reference TenantService tenants, @Reference Schema schema, ProtectionSettings settings) {
        this(cipher, KeyLedger.of(db), db, audit, tenants, settings.rotation_batch());
    }

    KeyRotation(FieldCipher cipher, KeyLedger ledger, Database db, AuditLog audit, TenantService tenants, int batch) {
        this.cipher = cipher;
        this.ledger = ledger;
        this.db = db;
        this.audit = audit;
        this.tenants = tenants;
        this.batch = Math.max(10, Math.min(10_000, batch));
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (caller == null || !caller.isPlatformAdmin()) {
            throw IkzException.forbidden("the field keys serve every tenant of the host: only a platform admin rotates them");
        }
    }

    private List<String> tenantIds(Caller caller) {
        return tenants.list(caller).stream().map(Tenant::id).sorted().toList();
    }

    /** Keys and how many stored values use each (all tenants). */
    public Status status(Caller caller) {
        requirePlatformAdmin(caller);
        Map<String, Integer> perKey = new TreeMap<>();
        for (String tenantId : tenantIds(caller)) {
            db.inTransaction(s -> {
                TenantSession ts = s.tenant(tenantId);
                for (FamilyTable t : FamilyTables.ALL) {
                    for (String col : t.sealed()) {
                        ts.query("SELECT SUBSTR(" + col + ", 4, 8), COUNT(*) FROM " + t.table() + " WHERE tenant_id = :tenant AND "
                                + col + " IS NOT NULL GROUP BY SUBSTR(" + col + ", 4, 8)", rs -> {
                                    perKey.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                                    return null;
                                });
                    }
                }
                return null;
            });
        }
        return new Status(cipher.currentKeyId(), cipher.keyIds(), perKey);
    }

    /**
     * Adds a new current key (written to the key file before it is used) and re-seals everything.
     */
    public Result rotate(Caller caller) {
        requirePlatformAdmin(caller);
        String previous = cipher.currentKeyId();
        String added = cipher.addKey();
        ledger.record(List.of(added));
        audit.append(caller, null, "CREATE", RECORD_KEY + added, "field key " + added + " added as current (was " + previous + ")");
        LOG.info("Frühe Hilfen: key {} added as current (was {}); back up the key file {} now", added, previous,
                cipher.keyFilePath().map(Object::toString).orElse("(in memory)"));
        return reseal(caller);
    }

    /** Re-seals every value not sealed with the current key (continues an interrupted rotation). */
    public Result reseal(Caller caller) {
        requirePlatformAdmin(caller);
        String current = cipher.currentKeyId();
        Map<String, Integer> done = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (String tenantId : tenantIds(caller)) {
            for (FamilyTable t : FamilyTables.ALL) {
                if (t.sealed().isEmpty()) {
                    continue;
                }
                int n = resealTable(caller, tenantId, t, current, unreadable);
                if (n > 0) {
                    done.put(tenantId + "/" + t.table(), n);
                    LOG.info("Frühe Hilfen: tenant {}, table {}: {} value(s) re-sealed with key {}", tenantId, t.table(), n, current);
                }
            }
        }
        LOG.info("Frühe Hilfen: re-sealing with key {} finished: {} value(s), {} unreadable", current,
                done.values().stream().mapToInt(Integer::intValue).sum(), unreadable.size());
        return new Result(current, done, unreadable);
    }

    private int resealTable(Caller caller, String tenantId, FamilyTable t, String current, List<String> unreadable) {
        String notCurrent = String.join(" OR ", t.sealed().stream().map(c -> "(" + c + " IS NOT NULL AND " + c + " NOT LIKE ?)")
                .toList());
        String select = "SELECT " + String.join(", ", t.keyColumns()) + ", " + String.join(", ", t.sealed()) + " FROM " + t.table()
                + " WHERE tenant_id = :tenant AND (" + notCurrent + ") ORDER BY " + String.join(", ", t.keyColumns());
        Object[] likes = t.sealed().stream().map(c -> FieldCipher.prefix(current) + "%").toArray();
        Set<List<String>> failed = new HashSet<>();
        int total = 0;
        while (true) {
            int limit = batch + failed.size();
            int[] changed = {0};
            boolean more = db.inTransaction(s -> {
                TenantSession ts = s.tenant(tenantId);
                List<List<String>> rows = ts.query(select + " FETCH FIRST " + limit + " ROWS ONLY", rs -> {
                    List<String> r = new ArrayList<>();
                    for (int i = 1; i <= t.keyColumns().size() + t.sealed().size(); i++) {
                        r.add(rs.getString(i));
                    }
                    return r;
                }, likes);
                int k = t.keyColumns().size();
                boolean fresh = false;
                for (List<String> row : rows) {
                    List<String> key = row.subList(0, k);
                    if (failed.contains(key)) {
                        continue;
                    }
                    fresh = true;
                    List<String> old = row.subList(k, row.size());
                    List<String> neu = new ArrayList<>();
                    try {
                        for (String v : old) {
                            neu.add(v == null || v.startsWith(FieldCipher.prefix(current)) ? v
                                    : cipher.seal(tenantId, cipher.open(tenantId, v)));
                        }
                    } catch (SealedValueException e) {
                        failed.add(List.copyOf(key));
                        unreadable.add(tenantId + "/" + t.table() + "/" + String.join(",", key) + ": " + e.getMessage());
                        LOG.error("Frühe Hilfen: tenant {}, table {}, row {}: not re-sealed: {}", tenantId, t.table(), key,
                                e.getMessage());
                        continue;
                    }
                    changed[0] += update(ts, t, key, old, neu);
                }
                if (changed[0] > 0) {
                    audit.append(s, caller, tenantId, "UPDATE", RECORD_KEY + current,
                            "re-sealed " + changed[0] + " row(s) of " + t.table() + " with key " + current);
                }
                return fresh;
            });
            total += changed[0];
            if (!more) {
                return total;
            }
        }
    }

    /** Updates one row only if its sealed values are still the ones read (a concurrent change wins; it sealed with the current key). */
    private static int update(TenantSession ts, FamilyTable t, List<String> key, List<String> old, List<String> neu) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(t.table()).append(" SET ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < t.sealed().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(t.sealed().get(i)).append(" = ?");
            params.add(neu.get(i));
        }
        sql.append(" WHERE tenant_id = :tenant");
        for (int i = 0; i < t.keyColumns().size(); i++) {
            sql.append(" AND ").append(t.keyColumns().get(i)).append(" = ?");
            params.add(key.get(i));
        }
        for (int i = 0; i < t.sealed().size(); i++) {
            if (old.get(i) == null) {
                sql.append(" AND ").append(t.sealed().get(i)).append(" IS NULL");
            } else {
                sql.append(" AND ").append(t.sealed().get(i)).append(" = ?");
                params.add(old.get(i));
            }
        }
        return ts.update(sql.toString(), params.toArray());
    }

    /**
     * Retires every key but the current one, once no stored value uses it: marked retired in the
     * database, then removed from the key file.
     *
     * @return the retired key ids
     * @throws IkzException CONFLICT (field {@code key}) while values still use an old key; nothing changed
     */
    public List<String> retire(Caller caller) {
        requirePlatformAdmin(caller);
        Status st = status(caller);
        List<String> old = st.keys().stream().filter(k -> !k.equals(st.currentKey())).toList();
        for (String k : old) {
            int left = Optional.ofNullable(st.valuesPerKey().get(k)).orElse(0);
            if (left > 0) {
                throw IkzException.conflict("key", left + " value(s) are still sealed with key " + k
                        + ": run fruehehilfen:key-rotate --resume first (nothing retired)");
            }
        }
        for (String k : old) {
            // the ledger first: a key file that still holds a retired key starts; one that lacks an unretired key would not
            ledger.retire(k);
            cipher.removeKey(k);
            audit.append(caller, null, "DELETE", RECORD_KEY + k, "field key " + k + " retired (no value uses it)");
            LOG.info("Frühe Hilfen: key {} retired and removed from the key file; back up the key file now", k);
        }
        return old;
    }
}
