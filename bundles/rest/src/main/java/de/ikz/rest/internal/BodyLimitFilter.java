package de.ikz.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import de.ikz.api.error.IkzException;

/**
 * Refuses request bodies over the configured size with 413, before anything reads them: by the
 * declared Content-Length, and for chunked bodies while they are read. File imports (paths under
 * {@code register/}) have their own, larger limit.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class BodyLimitFilter implements ContainerRequestFilter {

    private final long bodyBytes;
    private final long uploadBytes;

    BodyLimitFilter(long bodyBytes, long uploadBytes) {
        this.bodyBytes = bodyBytes;
        this.uploadBytes = uploadBytes;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        long maxBytes = isUpload(ctx.getUriInfo().getPath(false)) ? uploadBytes : bodyBytes;
        if (ctx.getLength() > maxBytes) {
            ctx.abortWith(Problems.of(413, "Request body too large", "the body has " + ctx.getLength()
                    + " bytes; at most " + maxBytes + " are accepted", null, null));
            return;
        }
        if (ctx.hasEntity()) {
            ctx.setEntityStream(new Limited(ctx.getEntityStream(), maxBytes));
        }
    }

    static boolean isUpload(String path) {
        return path.replaceFirst("^/", "").startsWith("register/");
    }

    static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > max) {
                throw new IkzException(IkzException.Kind.TOO_LARGE, "the body is larger than " + max + " bytes");
            }
        }
    }
}
