package de.ikz.vormundschaft.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.RoleDefinition;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.ReportsImpl;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Volunteers;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module as the platform sees it: id, names, measures for allocation keys, roles. Registered
 * only once all five services of the office (and through them the schema) are up, so a listed
 * module always works: it references each, though only the reports give it something to use.
 */
@Component(property = CooperationModule.PROPERTY_ID + "=" + VormundschaftModule.ID)
public final class VormundschaftModule implements CooperationModule {

    /** The module id: URLs ({@code /modules/vormundschaft}), console scope, JAAS role {@code ikz-module.vormundschaft}. */
    public static final String ID = "vormundschaft";

    private final ReportsImpl office;
    private final String version;

    @Activate
    public VormundschaftModule(@Reference ReportsImpl office, @Reference Volunteers volunteers, @Reference Training training,
                               @Reference Cases cases, @Reference Appointments appointments, BundleContext ctx) {
        this.office = office;
        this.version = ctx.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return VormundschaftModule.ID;
    }

    @Override
    public Map<String, String> displayNames() {
        return Map.of("de", "Koordinierungsstelle ehrenamtliche Vormundschaften", "en", "Volunteer guardianship coordination");
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<MeasureDefinition> measures() {
        return office.measures();
    }

    /**
     * Coordinator and partner staff read case data (volunteers, children, court proposals and
     * appointments; partner staff children's identities): case access, granted only with a second
     * admin's confirmation. The auditor reads pseudonymised records and is no case-access role.
     */
    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition("coordinator", "Staff of the coordination office (platform role coordinator with module "
                        + "vormundschaft): all volunteers, training, matching, proposals, appointments, accompaniment; children "
                        + "only by pseudonym", true),
                new RoleDefinition("partner-staff", "Staff of a partner youth office (platform role partner-staff with the office "
                        + "as participant): proposes and sees its own children with identities, reads reports", true),
                new RoleDefinition("auditor", "Reads everything pseudonymised, changes nothing"));
    }

    @Override
    public Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
        return office.measure(measureId, tenantId, from, to);
    }
}
