package de.ikz.api.module;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one limit for requests served without login: public REST operations
 * ({@link PublicOperation}) and public web pages count against the same budget per client address,
 * so a client cannot get around the limit of one by using the other. The platform's REST bundle
 * registers it as an OSGi service; setting {@code public.requests.per.minute} (PID {@code de.ikz.rest},
 * default 60): that many requests within a minute as a burst, then one every {@code 60/perMinute} seconds.
 *
 * @since 1.5
 */
@ProviderType
public interface PublicLimit {

    /**
     * Takes one request of this client.
     *
     * @param clientAddress the client's address as the platform resolved it (trusted proxies applied)
     * @return 0 if the request may pass, else the seconds until the client may try again (for {@code Retry-After})
     */
    long acquire(String clientAddress);
}
