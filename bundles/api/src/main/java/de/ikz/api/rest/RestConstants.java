package de.ikz.api.rest;

/**
 * How a bundle contributes JAX-RS resources to the platform's one API application.
 * <pre>
 * &#64;Component(service = MyResource.class)
 * &#64;JaxrsResource
 * &#64;JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
 * &#64;Path("modules/mymodule")
 * public class MyResource { ... }
 * </pre>
 * The application owns JSON mapping, errors (problem details), authentication and tenancy;
 * a resource reads the authenticated {@code Caller} from the request property
 * {@link #CALLER_PROPERTY} ({@code @Context HttpServletRequest} or {@code ContainerRequestContext}).
 */
public final class RestConstants {

    /** {@code osgi.jaxrs.name} of the platform's application. */
    public static final String APPLICATION_NAME = "ikz";

    /** Base path of the application under the HTTP root. */
    public static final String APPLICATION_BASE = "/api/v1";

    /** Filter for {@code @JaxrsApplicationSelect}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Request property under which the authentication filter stores the {@code Caller}. */
    public static final String CALLER_PROPERTY = "de.ikz.caller";

    /** Media type of error bodies (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private RestConstants() {
    }
}
