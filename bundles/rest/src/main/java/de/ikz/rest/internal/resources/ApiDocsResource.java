package de.ikz.rest.internal.resources;

import java.io.InputStream;
import java.net.URL;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.node.ObjectNode;

import de.ikz.api.error.IkzException;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.rest.internal.OpenApiDocuments;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The OpenAPI document of the live API and a browsable page (swagger-ui) over it. */
@Component(service = ApiDocsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("")
@Tag(name = "API documentation", description = "This document and Swagger UI")
public class ApiDocsResource {

    private final BundleContext ctx;
    private final OpenApiDocuments docs = new OpenApiDocuments();

    @Activate
    public ApiDocsResource(BundleContext ctx) {
        this.ctx = ctx;
    }

    /** The OpenAPI 3 document: core resources plus those of the modules deployed right now. */
    @Operation(operationId = "getOpenApiDocument", summary = "Get this OpenAPI document (core and deployed modules)")
    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode openapi(@Context SecurityContext sc) {
        CallerPrincipal.caller(sc);
        return docs.build(ctx);
    }

    /** The browsable API page. */
    @Operation(operationId = "getApiDocsPage", summary = "Get the Swagger UI page")
    @GET
    @Path("docs")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context SecurityContext sc) {
        return file(sc, "index.html");
    }

    /** Assets of the API page. */
    @Operation(operationId = "getApiDocsFile", summary = "Get a Swagger UI asset")
    @GET
    @Path("docs/{file}")
    public Response file(@Context SecurityContext sc, @PathParam("file") String file) {
        CallerPrincipal.caller(sc);
        if (!file.matches("[A-Za-z0-9._-]+") || file.startsWith(".")) {
            throw IkzException.notFound("file", file);
        }
        URL url = ctx.getBundle().getEntry("apidocs/" + file);
        if (url == null) {
            throw IkzException.notFound("file", file);
        }
        String type = file.endsWith(".html") ? "text/html; charset=UTF-8"
                : file.endsWith(".js") ? "application/javascript"
                : file.endsWith(".css") ? "text/css" : MediaType.APPLICATION_OCTET_STREAM;
        try {
            InputStream in = url.openStream();
            return Response.ok(in, type).header("Cache-Control", "max-age=3600").build();
        } catch (java.io.IOException e) {
            throw IkzException.notFound("file", file);
        }
    }
}
