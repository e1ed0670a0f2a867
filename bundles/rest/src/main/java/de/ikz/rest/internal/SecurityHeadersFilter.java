package de.ikz.rest.internal;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

/** Sets the {@link SecurityHeaders} on every answer of the API, errors and refusals included. */
@Priority(Priorities.HEADER_DECORATOR)
final class SecurityHeadersFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        boolean secure = req.getSecurityContext() != null && req.getSecurityContext().isSecure()
                || "https".equalsIgnoreCase(req.getUriInfo().getRequestUri().getScheme());
        SecurityHeaders.apply(req.getUriInfo().getPath(false), secure, (name, value) -> res.getHeaders().putSingle(name, value));
    }
}
