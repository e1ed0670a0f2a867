package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Public module operations: a limited number of requests per client address and minute, then 429. */
class PublicRateLimitTest {

    final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void theLimitPerAddressThenTheSecondsToWait() {
        PublicRateLimit limit = new PublicRateLimit(3, now::get);
        assertThat(limit.acquire("10.0.0.1")).isZero();
        assertThat(limit.acquire("10.0.0.1")).isZero();
        assertThat(limit.acquire("10.0.0.1")).isZero();
        assertThat(limit.acquire("10.0.0.1")).as("3 per minute: a token every 20 s").isEqualTo(20);
        assertThat(limit.acquire("10.0.0.2")).as("another address has its own bucket").isZero();
        now.addAndGet(19_000);
        assertThat(limit.acquire("10.0.0.1")).isEqualTo(1);
        now.addAndGet(1_000);
        assertThat(limit.acquire("10.0.0.1")).isZero();
        assertThat(limit.acquire("10.0.0.1")).isEqualTo(20);
        now.addAndGet(3_600_000);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.acquire("10.0.0.1")).as("refilled to the limit, never beyond").isZero();
        }
        assertThat(limit.acquire("10.0.0.1")).isPositive();
    }

    @Test
    void theFilterAnswers429WithRetryAfter() {
        AuthFilter filter = new AuthFilter(null, "none", 0, null, null,
                new PublicRateLimit(1, now::get));
        assertThat(filter.publicRequest("10.0.0.9")).isNull();
        AuthFilter.Outcome refused = filter.publicRequest("10.0.0.9");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.type()).isEqualTo("too-many-requests");
        assertThat(refused.retryAfter()).isEqualTo(60);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new PublicRateLimit(0, now::get)).hasMessageContaining("public.requests.per.minute");
    }
}
