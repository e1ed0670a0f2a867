package de.ikz.api.persistence;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** SQL inside one tenant. See {@link Session#tenant(String)} for the {@code :tenant} rule. */
@ProviderType
public interface TenantSession {

    String tenantId();

    int update(String sql, Object... params);

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params);

    default <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + ": " + sql);
        }
        return rows.stream().findFirst();
    }
}
