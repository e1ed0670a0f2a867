package de.ikz.persistence.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Publishes the {@link Database} once the DataSource {@code jdbc/ikz} (from pax-jdbc-config,
 * {@code etc/org.ops4j.datasource-ikz.cfg}) is there. Switching the database is a change of
 * that configuration only. The time budget of each transaction is configured in
 * {@code etc/de.ikz.persistence.cfg} (see {@link JdbcDatabase}). Before the first connection, an embedded
 * Derby folder left incomplete by a kill during its creation is moved aside ({@link DerbyFolderRecovery}).
 */
@Component(service = Database.class, configurationPid = "de.ikz.persistence", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DatabaseComponent.Config.class)
public final class DatabaseComponent implements Database {

    @ObjectClassDefinition(name = "IKZ persistence")
    public @interface Config {
        @AttributeDefinition(description = "Longest a single SQL statement of a request may run, in seconds (0: no limit)")
        long query_timeout_seconds() default 30;

        @AttributeDefinition(description = "Longest all statements of one transaction (one request) may take together, "
                + "in seconds (0: no limit)")
        long transaction_budget_seconds() default 120;
    }

    private final JdbcDatabase delegate;

    @Activate
    public DatabaseComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/ikz)") DataSource dataSource, Config config) {
        this(dataSource, config, DerbyFolderRecovery.defaultFolder().orElse(null));
    }

    /**
     * @param derbyFolder the embedded database folder; if a start was interrupted while Derby created it,
     *                    it is moved aside first ({@link DerbyFolderRecovery}); null: no embedded folder to check
     */
    DatabaseComponent(DataSource dataSource, Config config, Path derbyFolder) {
        if (derbyFolder != null) {
            DerbyFolderRecovery.moveAsideIfIncomplete(derbyFolder, Clock.systemUTC());
        }
        this.delegate = new JdbcDatabase(dataSource, Duration.ofSeconds(Math.max(0, config.query_timeout_seconds())),
                Duration.ofSeconds(Math.max(0, config.transaction_budget_seconds())));
        String first = STARTED_WITH.compareAndExchange(null, delegate.url());
        if (first != null && !first.equals(delegate.url())) {
            String message = "the data source changed while the platform runs (" + first + " -> " + delegate.url()
                    + "): it is not used before a restart, and until then the platform has no database (/health DOWN). "
                    + "Stop the platform before editing etc/org.ops4j.datasource-ikz.cfg (operator guide)";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /**
     * The database this JVM started with. A running node never switches to another database on the spot (when the data
     * source file is replaced, pax-jdbc offers the new one at once): with two nodes on one database that would split the
     * data between two databases without anybody noticing. A restart (a new JVM) takes the new one.
     */
    private static final java.util.concurrent.atomic.AtomicReference<String> STARTED_WITH = new java.util.concurrent.atomic.AtomicReference<>();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatabaseComponent.class);

    /** Forgets the database started with (tests: as after a restart). */
    static void forgetStart() {
        STARTED_WITH.set(null);
    }

    @Override
    public String dialect() {
        return delegate.dialect();
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        return delegate.inTransaction(work);
    }

    @Override
    public List<Integer> migrate(String owner, List<Migration> migrations) {
        return delegate.migrate(owner, migrations);
    }

    @Override
    public boolean ping() {
        return delegate.ping();
    }

    @Override
    public Path backup(Path folder) {
        return delegate.backup(folder);
    }

    @Override
    public AutoCloseable listen(String channel, java.util.function.Consumer<String> listener) {
        return delegate.listen(channel, listener);
    }

    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        delegate.close();
    }
}
