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
     * Forgets every type Jackson has learnt, when a module's API left (issue 14): the mapper's serializers and
     * deserializers, this provider's readers and writers (keyed by the answer's class) and Jackson's shared type cache
     * all kept the classes of each redeployed module generation, so it stayed loaded until a restart (found with
     * {@code reliability/HotDeployIT} once each generation answered with its own types). A new mapper of the same
     * configuration replaces the old one; requests under way finish with the old one. The caches fill again with the
     * next answers (a few milliseconds once per module update).
     */
    void forgetTypes() {
        setMapper(Json.mapper());
        _readers.clear();
        _writers.clear();
        com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance().clearCache();
    }

    /** Readers and writers this provider keeps (tests). */
    int cachedReadersAndWriters() {
        return _readers.size() + _writers.size();
    }

    /** The mapper in use (tests). */
    com.fasterxml.jackson.databind.ObjectMapper mapperInUse() {
        return _mapperConfig.getConfiguredMapper();
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
