package de.ikz.api.persistence;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one database ({@code jdbc/ikz}). All access goes through transactions whose
 * {@link Session} separates platform tables from tenant tables: a tenant table (any table with
 * a {@code TENANT_ID} column) can only be reached through {@link Session#tenant(String)}, which
 * binds the tenant itself. See docs/house-rules.md, "Tenancy".
 */
@ProviderType
public interface Database {

    /** "derby" or "postgresql". */
    String dialect();

    /** Runs work in one transaction: committed if it returns, rolled back if it throws. */
    <T> T inTransaction(Work<T> work);

    /**
     * Applies the owner's migrations that are not yet recorded, in version order, each script in
     * its own transaction. Already applied scripts whose text changed are refused.
     *
     * @return the versions applied by this call
     * @throws MigrationException naming the failed script; the database is as before that script
     */
    List<Integer> migrate(String owner, List<Migration> migrations);

    /** Is the database answering? */
    boolean ping();

    /**
     * Online backup into the folder (embedded Derby only).
     *
     * @return the folder the backup was written to
     * @throws UnsupportedOperationException for databases that are backed up with their own tools
     */
    Path backup(Path folder);

    /**
     * Calls the listener with the payload of every {@link Session#signal} on the channel, from any node on this
     * database (PostgreSQL {@code LISTEN}), on a thread of the database's own. When the connection that listens
     * was lost and is back, every listener is called once with {@code null}: signals may have been missed meanwhile,
     * so a cache should forget everything.
     *
     * @return closing it stops the listener
     * @since 1.3
     */
    default AutoCloseable listen(String channel, java.util.function.Consumer<String> listener) {
        throw new UnsupportedOperationException("signals are not supported by this database");
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Session session) throws java.sql.SQLException;
    }
}
