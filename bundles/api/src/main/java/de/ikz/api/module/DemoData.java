package de.ikz.api.module;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.tenant.Caller;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The demo data a cooperation module contributes to the platform's demo tenant
 * ({@code ikz:demo-load}). Register one instance as an OSGi service with the service property
 * {@value #PROPERTY_ID} set to the module id. The core's demo command creates the tenant and the
 * demo participants (the districts, towns and youth offices of the StädteRegion Aachen and the Kreis
 * Heinsberg), then, for every registered module in the order of its id, creates the module's
 * {@link #agreements} that are missing and makes one example budget run for each it created, and
 * finally calls {@link #load} for the module's own records.
 * <p>
 * Both steps must be idempotent: the demo command may run again on a loaded tenant, and must then
 * leave everything as it is. Values are examples and are marked as such; names are invented.
 *
 * @since 1.2
 */
@ConsumerType
public interface DemoData {

    /** Service property naming the module, as for {@link CooperationModule}. */
    String PROPERTY_ID = CooperationModule.PROPERTY_ID;

    /**
     * An agreement of the module for the demo tenant and the budget of its example run.
     *
     * @param agreement the agreement (its parties are participants of the core's demo)
     * @param budget    the budget of the example run the core makes for the demo year, or null for none
     */
    record Seed(Agreement agreement, BigDecimal budget) {
        public Seed {
            Objects.requireNonNull(agreement, "agreement");
        }
    }

    /** The module's id (as in its service property): modules contribute in the order of their ids. */
    String moduleId();

    /** The module's agreements for the demo tenant (none: an empty list). */
    List<Seed> agreements();

    /**
     * Loads the module's own example records into a tenant the core's demo prepared (participants and
     * agreements exist). Does nothing for what is there already.
     *
     * @param platformAdmin the platform admin who runs the demo command
     * @param tenantId      the demo tenant
     * @param year          the demo year (the year of the example runs)
     * @return one line for the console: what was loaded, or that it was there already
     */
    String load(Caller platformAdmin, String tenantId, int year);

    /**
     * Demo users of the module: user name to the ids of the module's own roles (module-specific roles,
     * see {@link ModuleRoles#moduleSpecific}) each holds, e.g. {@code Map.of("hebamme", List.of("professional"))}.
     * The core's {@code ikz:demo-load --users-password} creates them in the demo tenant with the password
     * of the other demo users; a role the module declares with case access is requested as a pending
     * grant for the demo tenant admin to confirm, like the other demo users' case access. A user name
     * that exists already is left as it is.
     *
     * @since 1.4
     */
    default java.util.Map<String, List<String>> users() {
        return java.util.Map.of();
    }
}
