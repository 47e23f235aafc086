package org.channelport.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * Rule P9 (platform): public endpoints allow a configured number of calls per client address and clock minute; the
 * next is refused with 429 and Retry-After until the minute ends. Tried here with a clock the test moves, so the
 * integration tests need not wait for a minute to begin.
 */
class RateLimiterTest {
    private Instant now = Instant.parse("2026-12-04T10:15:20Z");

    private RateLimiter limiter(int perMinute) {
        var limiter = new RateLimiter();
        limiter.clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        limiter.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> method.getName().equals("getOptionalValue")
                        && "app.rate-limit.applications.per-minute".equals(args[0]) ? Optional.of(perMinute)
                        : Optional.empty());
        return limiter;
    }

    @Test
    void theCallAfterTheLimitIsRefusedWithRetryAfterUntilTheMinuteEnds() {
        var limiter = limiter(3);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("applications", "10.0.0.1");
        }
        assertThatThrownBy(() -> limiter.acquire("applications", "10.0.0.1"))
                .isInstanceOfSatisfying(WebApplicationException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(429);
                    assertThat(e.getResponse().getHeaderString("Retry-After")).isEqualTo("40");
                });
        now = now.plusSeconds(39);
        assertThat(limiter.tryAcquire("applications", "10.0.0.1")).as("still the same minute").isFalse();
        now = now.plusSeconds(1);
        assertThat(limiter.tryAcquire("applications", "10.0.0.1")).as("a new minute").isTrue();
    }

    @Test
    void eachAddressAndEachBucketHasItsOwnCount() {
        var limiter = limiter(1);
        assertThat(limiter.tryAcquire("applications", "10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("applications", "10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("applications", "10.0.0.2")).as("another address").isTrue();
        assertThat(limiter.tryAcquire("other", "10.0.0.1")).as("another bucket, its default of 10").isTrue();
    }

    @Test
    void withoutASettingTenCallsAMinuteAreAllowed() {
        var limiter = limiter(99);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("unconfigured", "10.0.0.9")).isTrue();
        }
        assertThat(limiter.tryAcquire("unconfigured", "10.0.0.9")).isFalse();
    }

    @Test
    void aFloodOfAddressesIsBoundedAndForgottenTheNextMinute() {
        var limiter = limiter(3);
        assertThat(limiter.tryAcquire("applications", "10.0.0.1")).isTrue();
        for (int i = 1; i < RateLimiter.MAX_CLIENTS; i++) {
            limiter.tryAcquire("applications", "2001:db8::" + Integer.toHexString(i));
        }
        assertThat(limiter.tryAcquire("applications", "2001:db8:1::1")).as("a new address past the bound").isFalse();
        assertThat(limiter.tryAcquire("applications", "10.0.0.1")).as("an address already counted").isTrue();

        now = now.plusSeconds(60);
        assertThat(limiter.tryAcquire("applications", "2001:db8:1::1")).as("the next minute").isTrue();
    }
}
