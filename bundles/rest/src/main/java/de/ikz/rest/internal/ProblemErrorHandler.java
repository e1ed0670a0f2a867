package de.ikz.rest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's server-wide error handler, replaced so that what Jetty answers before (or outside) the
 * application is a problem document too: malformed requests (400 for {@code %00} or an ambiguous
 * path such as {@code /..;/}), 431 for oversized headers, and errors of paths no context serves.
 * Jetty's own handler writes an HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    static final String PROBLEM_JSON = "application/problem+json";

    ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    /** Requests Jetty refuses while parsing (the application never sees them). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put("Content-Type", PROBLEM_JSON);
        SecurityHeaders.apply(null, false, fields::put);
        String detail = detailFor(status, reason);
        return ByteBuffer.wrap(Problems.json(status, title(status), detail, null).getBytes(StandardCharsets.UTF_8));
    }

    /** Every method gets a body (Jetty's handler writes none for PUT, DELETE, ...). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        SecurityHeaders.apply(null, request.isSecure(), response::setHeader);
        String detail = code == 404 ? "no such resource" : detailFor(code, message);
        byte[] body = Problems.json(code, title(code), detail, null).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String title(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null ? "Error" : reason;
    }

    /** A short, fixed explanation: Jetty's reason texts may quote the offending input. */
    static String detailFor(int status, String reason) {
        return switch (status) {
            case 400 -> reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("ambiguous")
                    ? "ambiguous path (encoded separators, dot segments or path parameters are refused)"
                    : "malformed request (illegal characters or encoding in the request line or headers)";
            case 405 -> "method not allowed";
            case 413 -> "request too large";
            case 414 -> "request URI too long";
            case 431 -> "request header fields too large";
            case 505 -> "HTTP version not supported";
            default -> status >= 500 ? "the server could not answer; see the server log" : "request refused";
        };
    }
}
