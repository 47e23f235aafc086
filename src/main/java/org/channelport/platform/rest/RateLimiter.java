package org.channelport.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Fixed one-minute windows per (bucket, client address), for public endpoints. Limits come from configuration:
 * {@code app.rate-limit.<bucket>.per-minute}. In-process: with several instances each enforces its own share.
 */
@ApplicationScoped
public class RateLimiter {
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    Config config;
    @Inject
    Clock clock;

    /** Throws 429 with Retry-After when the client used up its window (for JAX-RS resources). */
    public void acquire(String bucket, String client) {
        if (!tryAcquire(bucket, client)) {
            long retryAfter = 60 - (clock.millis() / 1000) % 60;
            throw new WebApplicationException(Response.status(429).header("Retry-After", retryAfter).build());
        }
    }

    /** False when the client used up its window. */
    public boolean tryAcquire(String bucket, String client) {
        int limit = config.getOptionalValue("app.rate-limit." + bucket + ".per-minute", Integer.class).orElse(10);
        long minute = clock.millis() / 60_000;
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute != minute);
        }
        var window = windows.compute(bucket + "|" + client,
                (key, current) -> current == null || current.minute != minute ? new Window(minute) : current);
        return window.count.incrementAndGet() <= limit;
    }

    private static final class Window {
        final long minute;
        final AtomicInteger count = new AtomicInteger();

        Window(long minute) { this.minute = minute; }
    }
}
