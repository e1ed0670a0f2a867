package ${package}.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.RoleDefinition;
import ${package}.internal.service.Entries;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module as the platform sees it: id, names, roles, measures. Registered only once the
 * entries service (and through it the schema) is up, so a listed module always answers.
 * <p>
 * Roles: the ids are short names of platform roles; what holding one means is
 * {@link de.ikz.api.module.ModuleRoles#holds}. Every REST operation and console command names the
 * roles that may call it with {@link de.ikz.api.module.Roles}; the platform refuses everybody
 * else, and never lets a read-only role (the auditor) change data.
 */
@Component(property = CooperationModule.PROPERTY_ID + "=" + ModuleDefinition.ID)
public final class ModuleDefinition implements CooperationModule {

    /** The module id: REST path {@code /api/v1/modules/${moduleId}}, console scope, access-log records. */
    public static final String ID = "${moduleId}";

    /** Role ids, as the annotations name them. */
    public static final String COORDINATOR = "coordinator";
    public static final String AUDITOR = "auditor";

    /**
     * The coordinator reads and writes entries: case access (the platform grants it only with a
     * second admin's confirmation). The auditor reads and changes nothing.
     */
    public static final List<RoleDefinition> ROLES = List.of(
            new RoleDefinition(COORDINATOR, "Staff of the module (platform role coordinator with module ${moduleId}): "
                    + "creates and reads entries", true),
            new RoleDefinition(AUDITOR, "Reads entries, changes nothing"));

    private final String version;

    /** Referencing the service (unused here) registers the module only once the service and the schema are up. */
    @Activate
    public ModuleDefinition(@Reference Entries entries, BundleContext ctx) {
        this.version = ctx.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, String> displayNames() {
        return Map.of("de", "${displayName}", "en", "${displayName}");
    }

    @Override
    public String version() {
        return version;
    }

    /** Figures for allocation keys (none yet): add a MeasureDefinition here and answer it in {@link #measure}. */
    @Override
    public List<MeasureDefinition> measures() {
        return List.of();
    }

    @Override
    public List<RoleDefinition> roles() {
        return ROLES;
    }

    @Override
    public Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
        throw new IllegalArgumentException("unknown measure " + measureId + " (module " + ID + " offers none)");
    }
}
