package de.ikz.api.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The REST entry point of a cooperation module. Register one instance as an OSGi service with the
 * property {@code ikz.module=<module id>}; the platform serves it at
 * {@code /api/v1/modules/<module id>/…} as a JAX-RS sub-resource: its methods carry {@code @GET},
 * {@code @POST}, … and {@code @Path} relative to that base, or are sub-resource locators
 * ({@code @Path} without an HTTP method) returning further resource objects.
 * <p>
 * Why not whiteboard resources: every resource that joins or leaves the platform's JAX-RS
 * application makes the whiteboard republish the whole application, and requests arriving in
 * that moment (also for core paths) answer 404. A module's API behind this one service comes and
 * goes without touching the application. The platform's JSON handling, problem details,
 * authentication and size limit apply as to the core's resources.
 */
@ConsumerType
public interface ModuleApi {

    /** Service property naming the module, as for {@code CooperationModule}. */
    String PROPERTY_ID = "ikz.module";
}
