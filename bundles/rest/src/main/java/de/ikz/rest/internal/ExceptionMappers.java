package de.ikz.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.DataAccessException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure leaves the API as a problem document. A client that closed the connection mid-answer
 * is logged as one DEBUG line (method, path, "client closed the connection"), not as an ERROR.
 */
final class ExceptionMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    private ExceptionMappers() {
    }

    /**
     * True if {@code e} or one of its causes says the client closed the connection while the answer was
     * written: Jetty's {@code EofException} (by name: CXF wraps it in an {@code IOException} or a
     * {@code Fault}), a closed channel, or a broken pipe / reset connection.
     */
    static boolean clientClosed(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("org.eclipse.jetty.io.EofException")
                        || c == java.nio.channels.ClosedChannelException.class) {
                    return true;
                }
            }
            if (t instanceof java.io.IOException && t.getMessage() != null) {
                String m = t.getMessage().toLowerCase(java.util.Locale.ROOT);
                if (m.contains("broken pipe") || m.contains("connection reset by peer")) {
                    return true;
                }
            }
        }
        return false;
    }

    static final class Ikz implements ExceptionMapper<IkzException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(IkzException e) {
            return Problems.of(e, Problems.instance(uri));
        }
    }

    static final class JsonErrors implements ExceptionMapper<JsonProcessingException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonProcessingException e) {
            // a limit hit while Jackson was reading (body too large) arrives wrapped
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof IkzException ikz) {
                    return Problems.of(ikz, Problems.instance(uri));
                }
            }
            String field = null;
            String detail;
            if (e instanceof UnrecognizedPropertyException u) {
                field = fieldPath(u);
                detail = "unknown field '" + field + "'";
            } else if (e instanceof InvalidFormatException f) {
                field = fieldPath(f);
                detail = "field '" + field + "' has a wrong value or type: " + f.getValue();
            } else if (e instanceof MismatchedInputException m) {
                field = fieldPath(m);
                detail = field == null ? "request body has the wrong shape: " + m.getOriginalMessage()
                        : "field '" + field + "' has the wrong type";
            } else if (e instanceof JsonMappingException m) {
                field = fieldPath(m);
                detail = "field '" + field + "' is not valid: " + m.getOriginalMessage();
            } else if (e instanceof JsonParseException p) {
                detail = "malformed JSON at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr()
                        + ": " + p.getOriginalMessage();
            } else {
                detail = "malformed JSON: " + e.getOriginalMessage();
            }
            return Problems.of(400, "Invalid input", detail, field, Problems.instance(uri));
        }

        private static String fieldPath(JsonMappingException e) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                if (r.getFieldName() != null) {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
    }

    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof IkzException ikz) {
                return Problems.of(ikz, Problems.instance(uri));
            }
            if (e.getCause() instanceof JsonProcessingException jpe) {
                return new JsonErrors().toResponse(jpe);
            }
            String title = Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            String detail = switch (status) {
                case 404 -> "no such resource";
                case 405 -> "method not allowed here";
                case 415 -> "unsupported content type; send one the operation documents (see openapi.json)";
                case 406 -> "cannot produce an acceptable media type";
                default -> e.getMessage();
            };
            Response problem = Problems.of(status, title, detail, null, Problems.instance(uri));
            if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
                return Response.fromResponse(problem).header("Allow", e.getResponse().getHeaderString("Allow")).build();
            }
            return problem;
        }
    }

    static final class Data implements ExceptionMapper<DataAccessException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(DataAccessException e) {
            if (e.isConstraintViolation()) {
                return Problems.of(409, "Conflict", "the change conflicts with existing data", null, Problems.instance(uri));
            }
            LOG.error("database failure on {}", Problems.instance(uri), e);
            return Problems.of(503, "Service unavailable", "the database failed; nothing was changed", null, Problems.instance(uri));
        }
    }

    static final class Fallback implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Context
        Request request;

        /** Package-private so a test can watch what is logged. */
        Logger log = LOG;

        @Override
        public Response toResponse(Throwable e) {
            if (clientClosed(e)) {
                // not a fault of the platform: one line, no stack, so ERROR-based alerting stays quiet
                log.debug("{} {}: client closed the connection ({})", request == null ? "?" : request.getMethod(),
                        Problems.instance(uri), e.toString());
                return Response.status(500).build(); // no body: there is nobody to read it, and writing one fails again
            }
            if (e instanceof IllegalArgumentException iae) {
                return Problems.of(400, "Invalid input", iae.getMessage(), null, Problems.instance(uri));
            }
            if (e instanceof UnsupportedOperationException uoe) {
                return Problems.of(409, "Conflict", uoe.getMessage(), null, Problems.instance(uri));
            }
            log.error("unexpected failure on {}", Problems.instance(uri), e);
            return Problems.of(500, "Internal error", "unexpected failure; see the server log", null, Problems.instance(uri));
        }
    }
}
