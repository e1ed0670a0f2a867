package de.ikz.api.persistence;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * SQL on platform tables (tables without a TENANT_ID column) inside one transaction.
 * Parameters are positional ({@code ?}). SQL that names a tenant table is refused here.
 */
@ProviderType
public interface Session {

    int update(String sql, Object... params);

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params);

    default <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + ": " + sql);
        }
        return rows.stream().findFirst();
    }

    /**
     * The same transaction seen from one tenant: every statement must name the tenant column
     * through the marker {@code :tenant} (e.g. {@code WHERE tenant_id = :tenant}) once for each
     * tenant table it names; the session binds the marker to {@code tenantId}.
     */
    TenantSession tenant(String tenantId);

    /** "derby" or "postgresql": for the rare statement that differs. */
    String dialect();

    /**
     * Tells every node on this database, this one included, that something changed, once this transaction
     * commits (nothing if it rolls back): the listeners of {@link Database#listen} on the channel get the
     * payload. On PostgreSQL this is {@code NOTIFY}; an embedded Derby has one node, whose listeners are
     * called after the commit. For cache invalidation, not for data: a listener that was not connected
     * gets nothing, so keep the state in tables and signal only that it moved.
     *
     * @param channel lower-case letters, digits and '_', at most 63 characters
     * @param payload at most 1,000 characters
     * @since 1.3
     */
    default void signal(String channel, String payload) {
        throw new UnsupportedOperationException("signals are not supported by this database");
    }
}
