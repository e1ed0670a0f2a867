package de.ikz.rest.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;

/**
 * The address of the client behind a request, for logs, the access log and login throttling. It
 * is the direct peer, unless that peer is one of the configured trusted proxies
 * ({@code trusted_proxies}: addresses or CIDR ranges); then {@code X-Forwarded-For} is read from
 * the right, skipping trusted proxies, and the first address that is not one is the client. A
 * header from anyone else is ignored, so a client cannot choose its own address. Only IP literals
 * are accepted (never a DNS lookup); a malformed entry ends the walk at the proxy that passed it on.
 * <p>
 * As a pre-matching filter it stores the address in the request property {@link #PROPERTY};
 * others read it with {@link #of(ContainerRequestContext)}. Hand-written: Jetty's
 * {@code ForwardedRequestCustomizer} trusts the header from every peer.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 300)
public final class ClientAddress implements ContainerRequestFilter {

    /** Request property holding the client address (a String). */
    public static final String PROPERTY = "de.ikz.rest.clientAddress";

    private final List<byte[][]> trusted = new ArrayList<>();

    @Context
    HttpServletRequest http;

    ClientAddress(List<String> trustedProxies) {
        for (String t : trustedProxies.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).toList()) {
            String s = t.strip();
            if (s.isEmpty()) {
                continue;
            }
            int slash = s.indexOf('/');
            InetAddress a = literal(slash < 0 ? s : s.substring(0, slash));
            if (a == null) {
                throw new IllegalArgumentException("trusted_proxies: '" + s + "' is not an IP address or CIDR range");
            }
            int bits = a.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(s.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("trusted_proxies: bad prefix length in '" + s + "'");
            }
            trusted.add(new byte[][] {a.getAddress(), {(byte) prefix}});
        }
    }

    /** The client address that the filter stored for this request, or "unknown". */
    public static String of(ContainerRequestContext ctx) {
        Object a = ctx.getProperty(PROPERTY);
        return a instanceof String s ? s : "unknown";
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (http == null) {
            return;
        }
        List<String> forwarded = new ArrayList<>();
        var headers = http.getHeaders("X-Forwarded-For");
        while (headers != null && headers.hasMoreElements()) {
            forwarded.add(headers.nextElement());
        }
        ctx.setProperty(PROPERTY, resolve(http.getRemoteAddr(), forwarded));
    }

    /** The client address, given the direct peer and the X-Forwarded-For header values in arrival order. */
    String resolve(String peer, List<String> forwardedFor) {
        if (peer == null || !isTrusted(literal(peer))) {
            return peer == null ? "unknown" : peer;
        }
        List<String> hops = new ArrayList<>();
        for (String h : forwardedFor) {
            for (String part : h.split(",")) {
                hops.add(part.strip());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress a = literal(stripPort(hops.get(i)));
            if (a == null) {
                return client;
            }
            client = a.getHostAddress();
            if (!isTrusted(a)) {
                return client;
            }
        }
        return client;
    }

    boolean isTrusted(InetAddress a) {
        if (a == null) {
            return false;
        }
        byte[] b = a.getAddress();
        for (byte[][] t : trusted) {
            byte[] net = t[0];
            int prefix = t[1][0] & 0xff;
            if (net.length != b.length) {
                continue;
            }
            boolean match = true;
            for (int bit = 0; bit < prefix && match; bit++) {
                int mask = 0x80 >> (bit % 8);
                match = (net[bit / 8] & mask) == (b[bit / 8] & mask);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** The address for an IP literal, or null for anything else (so InetAddress never resolves a name). */
    static InetAddress literal(String s) {
        if (s == null || s.isEmpty() || s.length() > 45) {
            return null;
        }
        String l = s.toLowerCase(Locale.ROOT);
        boolean v4 = l.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = l.contains(":") && l.matches("[0-9a-f:.]+");
        if (v4) {
            for (String o : l.split("\\.")) {
                if (Integer.parseInt(o) > 255) {
                    return null;
                }
            }
        }
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(l);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
