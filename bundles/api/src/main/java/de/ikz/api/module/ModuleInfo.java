package de.ikz.api.module;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a live module for listings.
 *
 * @param bundle       symbolic name of the bundle that registered it
 * @param registeredAt when the core saw the module arrive
 */
public record ModuleInfo(String id, Map<String, String> displayNames, String version, String bundle,
                         long bundleId, Instant registeredAt, List<MeasureDefinition> measures,
                         List<RoleDefinition> roles) {
}
