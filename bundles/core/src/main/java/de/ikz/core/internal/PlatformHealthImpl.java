package de.ikz.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.persistence.Database;
import de.ikz.api.platform.PlatformHealth;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * UP when the database answers and the access log's newest check found the chain intact;
 * DEGRADED when the database answers but the chain is broken (the platform works, an operator
 * must act), or a shipped module does not run (its KAR is installed, see {@link ShippedModuleRules}); DOWN when
 * the database does not answer. Without Karaf's features service no module counts as shipped.
 */
@Component(service = PlatformHealth.class)
public final class PlatformHealthImpl implements PlatformHealth {

    private final Database db;
    private final ModuleRegistry registry;
    private final AuditLog audit;
    private final String version;
    private final Instant started = Instant.now();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ShippedModules shipped;

    @Activate
    public PlatformHealthImpl(@Reference Database db, @Reference ModuleRegistry registry, @Reference AuditLog audit,
                              BundleContext ctx) {
        this(db, registry, audit, ctx.getBundle().getVersion().toString());
    }

    PlatformHealthImpl(Database db, ModuleRegistry registry, AuditLog audit, String version) {
        this.db = db;
        this.registry = registry;
        this.audit = audit;
        this.version = version;
    }

    @Override
    public Report check() {
        boolean up = db.ping();
        Optional<AuditLog.Verification> v = audit.lastVerification();
        AuditState auditState = v.map(x -> new AuditState(x.intact() ? "INTACT" : "BROKEN", x.checkedAt()))
                .orElse(new AuditState("UNKNOWN", null));
        ShippedModules s = shipped;
        List<String> notRunning = s == null ? List.of() : s.notRunning();
        String status = !up ? "DOWN"
                : "BROKEN".equals(auditState.status()) || !notRunning.isEmpty() ? "DEGRADED" : "UP";
        return new Report(status, new DatabaseState(up ? "UP" : "DOWN", db.dialect()),
                registry.modules().stream().map(ModuleInfo::id).toList(), version,
                Duration.between(started, Instant.now()).toSeconds(), auditState, notRunning);
    }
}
