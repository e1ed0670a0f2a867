package de.ikz.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import de.ikz.api.module.PublicLimit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * Limits requests to public module operations (served without login) per client address: at most
 * {@code perMinute} requests within any minute as a burst, then one every {@code 60/perMinute}
 * seconds (the generic cell rate algorithm, i.e. a token bucket kept as one number per address). A
 * refused request gets the seconds until it may pass (429 with {@code Retry-After}).
 *
 * <p>Hand-written rather than with Bucket4j (which STACK.md lists): one number per address with a
 * clock the tests move is about fifty lines here, while the library would add a bundle to the boot
 * features of every installation for this one counter; {@link LoginThrottle} is hand-written for the
 * same reason. Integer arithmetic (time in milliseconds times {@code perMinute}) keeps it exact.
 *
 * <p>Setting (PID {@code de.ikz.rest}): {@code public.requests.per.minute} (default 60).
 *
 * <p>Registered as the platform's {@link PublicLimit}: the REST filter and the web UI's public pages take from
 * the same buckets, so a client has one budget for both.
 */
@Component(service = PublicLimit.class, configurationPid = "de.ikz.rest", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class PublicRateLimit implements PublicLimit {

    /** Remembered addresses at most; beyond, idle ones (full buckets) are dropped. */
    static final int MAX_KEYS = 100_000;

    /** Highest accepted limit (keeps the arithmetic far from overflow). */
    static final int MAX_PER_MINUTE = 100_000;

    private final long perMinute;
    private final LongSupplier clock;
    /** Per address the theoretical arrival time of the next request, in units of ms x perMinute. */
    private final Map<String, Long> due = new ConcurrentHashMap<>();

    /** The platform's limit, as configured. */
    @Activate
    public PublicRateLimit(IkzApplication.Config config) {
        this(config.public_requests_per_minute(), System::currentTimeMillis);
    }

    /**
     * @param perMinute requests per client address and minute (1 to {@value #MAX_PER_MINUTE})
     * @param clock     milliseconds (System::currentTimeMillis; a fake one in tests)
     */
    PublicRateLimit(int perMinute, LongSupplier clock) {
        if (perMinute < 1 || perMinute > MAX_PER_MINUTE) {
            throw new IllegalArgumentException("public.requests.per.minute must be between 1 and " + MAX_PER_MINUTE);
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /**
     * Takes one request of this address.
     *
     * @return 0 if it may pass, else the seconds until it may try again
     */
    @Override
    public long acquire(String address) {
        long now = clock.getAsLong() * perMinute;
        long cost = 60_000L;
        long burst = 60_000L * perMinute;
        if (due.size() >= MAX_KEYS) {
            due.values().removeIf(t -> t <= now);
        }
        long[] wait = {0};
        due.compute(address == null ? "unknown" : address, (k, tat) -> {
            long t = tat == null ? now : Math.max(tat, now);
            if (t + cost - now > burst) {
                long millis = (t + cost - burst - now + perMinute - 1) / perMinute;
                wait[0] = Math.max(1, (millis + 999) / 1000);
                return tat;
            }
            return t + cost;
        });
        return wait[0];
    }
}
