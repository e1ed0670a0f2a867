package de.ikz.api.module;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The service a cooperation module registers. The core tracks every registered instance
 * dynamically; a module is live exactly as long as this service is registered.
 * <p>
 * Register it with the service property {@value #PROPERTY_ID} set to {@link #id()}.
 */
@ConsumerType
public interface CooperationModule {

    /** Service property that carries the module id, e.g. {@code ikz.module=vormundschaft}. */
    String PROPERTY_ID = "ikz.module";

    /** Stable id: lower case letters, digits and dashes; used in URLs, console scopes and table prefixes. */
    String id();

    /** Display names keyed by language tag ("de", "en"); "de" is required. */
    Map<String, String> displayNames();

    /** The module's version (normally its bundle version). */
    String version();

    /** Figures the module can supply to allocation keys. */
    List<MeasureDefinition> measures();

    /** Roles the module defines (module-specific rights on top of the platform roles). */
    List<RoleDefinition> roles();

    /**
     * Values of one measure per participant of a tenant over a period (both ends inclusive).
     *
     * @return participant id to value; participants without a value are absent
     * @throws IllegalArgumentException if the measure is not one of {@link #measures()}
     */
    Map<String, java.math.BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to);
}
