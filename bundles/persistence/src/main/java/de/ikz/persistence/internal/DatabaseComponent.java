package de.ikz.persistence.internal;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Publishes the {@link Database} once the DataSource {@code jdbc/ikz} (from pax-jdbc-config,
 * {@code etc/org.ops4j.datasource-ikz.cfg}) is there. Switching the database is a change of
 * that configuration only.
 */
@Component(service = Database.class)
public final class DatabaseComponent implements Database {

    private final JdbcDatabase delegate;

    @Activate
    public DatabaseComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/ikz)") DataSource dataSource) {
        this.delegate = new JdbcDatabase(dataSource);
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
}
