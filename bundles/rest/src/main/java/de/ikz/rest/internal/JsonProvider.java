package de.ikz.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import de.ikz.api.rest.RestConstants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JSON for the whole application, with the platform's one mapper (see {@link Json}). */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, RestConstants.PROBLEM_JSON, "application/*+json"})
final class JsonProvider extends JacksonJsonProvider {

    private static final Logger LOG = LoggerFactory.getLogger(JsonProvider.class);

    @Context
    UriInfo uri;

    @Context
    Request request;

    JsonProvider() {
        super(Json.mapper());
    }

    /**
     * A client that closes the connection while its answer is written (issue 14) ends the answer
     * quietly with one DEBUG line: thrown on, CXF would log an ERROR and a stack trace for it.
     * Every other failure is thrown on as before.
     */
    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        try {
            super.writeTo(value, type, genericType, annotations, mediaType, httpHeaders, entityStream);
        } catch (IOException e) {
            if (!ExceptionMappers.clientClosed(e)) {
                throw e;
            }
            String method;
            String path;
            try {
                method = request == null ? "?" : request.getMethod();
                path = Problems.instance(uri);
            } catch (RuntimeException outsideARequest) {
                method = "?";
                path = "?";
            }
            LOG.debug("{} {}: client closed the connection ({})", method, path, e.toString());
        }
    }
}
