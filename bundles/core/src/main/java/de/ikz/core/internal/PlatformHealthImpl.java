package de.ikz.core.internal;

import java.time.Duration;
import java.time.Instant;

import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.persistence.Database;
import de.ikz.api.platform.PlatformHealth;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PlatformHealth.class)
public final class PlatformHealthImpl implements PlatformHealth {

    private final Database db;
    private final ModuleRegistry registry;
    private final String version;
    private final Instant started = Instant.now();

    @Activate
    public PlatformHealthImpl(@Reference Database db, @Reference ModuleRegistry registry, BundleContext ctx) {
        this.db = db;
        this.registry = registry;
        this.version = ctx.getBundle().getVersion().toString();
    }

    @Override
    public Report check() {
        boolean up = db.ping();
        return new Report(up ? "UP" : "DOWN", new DatabaseState(up ? "UP" : "DOWN", db.dialect()),
                registry.modules().stream().map(ModuleInfo::id).toList(), version,
                Duration.between(started, Instant.now()).toSeconds());
    }
}
