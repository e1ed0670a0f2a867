package de.ikz.rest.internal;

import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Jetty answer what it refuses before the application (400 for {@code %00} or {@code /..;/},
 * 414, 431) with a problem document and the security headers: it installs {@link ProblemErrorHandler}
 * as the error handler of the Jetty server that carried the first API request (in practice the
 * monitoring's or the load balancer's first {@code /health}), and again after Pax Web created a new
 * server.
 * <p>
 * Why not a Jetty {@code Handler} service in front of every context, which Pax Web 8 also offers:
 * registering one makes Pax Web recreate its server during boot, and that hung the boot in 2 of about
 * 20 starts here. Setting the error handler of the running server changes nothing else. Until the
 * first API request, Jetty's own error page answers (docs/security.md, open points).
 */
@PreMatching
@Priority(1)
final class JettyErrorPages implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(JettyErrorPages.class);

    @Context
    HttpServletRequest http;

    private volatile Server installedOn;

    @Override
    public void filter(ContainerRequestContext ctx) {
        try {
            Request base = Request.getBaseRequest(unproxied(http));
            Server server = base == null || base.getHttpChannel() == null ? null : base.getHttpChannel().getServer();
            if (server == null || server == installedOn) {
                return;
            }
            synchronized (this) {
                if (!(server.getErrorHandler() instanceof ProblemErrorHandler)) {
                    ProblemErrorHandler handler = new ProblemErrorHandler();
                    // set the server first: a running server starts the new bean at once
                    handler.setServer(server);
                    server.setErrorHandler(handler);
                    LOG.info("problem-details error handler installed on the HTTP server");
                }
                installedOn = server;
            }
        } catch (RuntimeException | LinkageError e) {
            // never fail a request for this; Jetty's own page stays
            LOG.warn("could not install the problem-details error handler: {}", e.toString());
            installedOn = null;
        }
    }

    /** CXF injects a thread-local proxy; its {@code get()} gives the container's request (possibly wrapped). */
    private static ServletRequest unproxied(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        try {
            Method get = request.getClass().getMethod("get");
            Object real = get.invoke(request);
            if (real instanceof ServletRequest r) {
                return r;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not a proxy
        }
        return request;
    }
}
