package de.ikz.fruehehilfen.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.RoleDefinition;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.protection.FieldCipher;
import de.ikz.fruehehilfen.internal.reports.ReportsService;
import de.ikz.fruehehilfen.internal.visits.VisitService;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module as the platform sees it: id, names, roles, measures. Registered only once the
 * schema is up (and, through the references added by each part, its services), so a listed
 * module always answers.
 * <p>
 * Roles: {@code coordinator}, {@code partner-staff} and {@code auditor} are the platform roles of
 * that short name ({@link de.ikz.api.module.ModuleRoles#holds}); {@code professional} is this
 * module's own role (a family midwife or paediatric nurse), held by a user who carries the JAAS
 * role {@code ikz-module-role.fruehehilfen.professional}.
 */
@Component(property = CooperationModule.PROPERTY_ID + "=" + ModuleDefinition.ID)
public final class ModuleDefinition implements CooperationModule {

    /** The module id: REST path {@code /api/v1/modules/fruehehilfen}, console scope, access-log records, table prefix. */
    public static final String ID = "fruehehilfen";

    /** Role ids, as the annotations name them. */
    public static final String COORDINATOR = "coordinator";
    public static final String PROFESSIONAL = "professional";
    public static final String PARTNER_STAFF = "partner-staff";
    public static final String AUDITOR = "auditor";

    public static final List<RoleDefinition> ROLES = List.of(
            new RoleDefinition(COORDINATOR, "Koordination Frühe Hilfen (platform role coordinator with module fruehehilfen): "
                    + "runs the funding pool and the family-midwife service, sees every family of the service", true),
            new RoleDefinition(PROFESSIONAL, "Familienhebamme or FGKiKP (module role professional): documents contacts and "
                    + "assessments of the families assigned to her or him, and no others", true),
            new RoleDefinition(PARTNER_STAFF, "Staff of a partner youth office (platform role partner-staff with the office as "
                    + "participant): identities of the families its office owns, aggregates of its own area, proof of use", true),
            new RoleDefinition(AUDITOR, "Reads pool, reports and pseudonymised records, changes nothing"));

    private final String version;
    private final ReportsService reports;

    @Activate
    public ModuleDefinition(@Reference Schema schema, @Reference ReportsService reports,
                            @Reference FamilyService families, @Reference PoolService pool, @Reference VisitService visits,
                            @Reference FieldCipher cipher,
                            BundleContext ctx) {
        this.version = ctx.getBundle().getVersion().toString();
        this.reports = reports;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, String> displayNames() {
        return Map.of("de", "Frühe Hilfen", "en", "Early childhood intervention (Frühe Hilfen)");
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<MeasureDefinition> measures() {
        return reports.measures();
    }

    @Override
    public List<RoleDefinition> roles() {
        return ROLES;
    }

    @Override
    public Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
        return reports.measure(measureId, tenantId, from, to);
    }
}
