package de.ikz.kinderschutz.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.RoleDefinition;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.reports.ReportsService;
import de.ikz.kinderschutz.internal.training.TrainingService;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module as the platform sees it: id, names, roles, measures. Registered only once the schema
 * is up (and, through the references each part adds, its services), so a listed module always answers.
 * <p>
 * Roles: {@code coordinator} and {@code auditor} are the platform roles of that short name
 * ({@link de.ikz.api.module.ModuleRoles#holds}); {@code member-contact} (the contact person of a member
 * institution) and {@code trainer} are this module's own roles, held by a user who carries the JAAS
 * role {@code ikz-module-role.kinderschutz.<role>}. The public offers directory needs no role: its
 * operations are {@link de.ikz.api.module.PublicOperation}s. No role gives case access: the module
 * holds no case data.
 */
@Component(property = CooperationModule.PROPERTY_ID + "=" + ModuleDefinition.ID)
public final class ModuleDefinition implements CooperationModule {

    /** The module id: REST path {@code /api/v1/modules/kinderschutz}, console scope, access-log records, table prefix. */
    public static final String ID = "kinderschutz";

    /** Role ids, as the annotations name them. */
    public static final String COORDINATOR = "coordinator";
    public static final String MEMBER_CONTACT = "member-contact";
    public static final String TRAINER = "trainer";
    public static final String AUDITOR = "auditor";

    public static final List<RoleDefinition> ROLES = List.of(
            new RoleDefinition(COORDINATOR, "Netzwerkkoordination Kinderschutz (platform role coordinator with module "
                    + "kinderschutz): runs members, meetings, training, offers directory, budget and indicators"),
            new RoleDefinition(MEMBER_CONTACT, "Contact person of a member institution (module role member-contact): "
                    + "the own institution's data, its people and its registrations for courses"),
            new RoleDefinition(TRAINER, "Trainer (module role trainer): the registrations and attendance of the own courses"),
            new RoleDefinition(AUDITOR, "Reads the network's records, changes nothing"));

    private final String version;

    @Activate
    public ModuleDefinition(@Reference Schema schema, @Reference MembersService members, @Reference MeetingsService meetings,
                            @Reference TrainingService training, @Reference OffersService offers, @Reference ReportsService reports,
                            BundleContext ctx) {
        this.version = ctx.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, String> displayNames() {
        return Map.of("de", "Kinderschutz-Netzwerk", "en", "Child-protection network");
    }

    @Override
    public String version() {
        return version;
    }

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
