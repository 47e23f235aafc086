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
 * {@code app.rate-limit.<bucket>.per-minute}. In-process: with several instances each enforces its own share. At most
 * {@value #MAX_CLIENTS} windows are kept: past them, addresses not seen yet this minute are refused until the next.
 */
@ApplicationScoped
public class RateLimiter {
    /** Windows kept at most, so that a flood of addresses (IPv6 makes them cheap) cannot fill the heap. */
    static final int MAX_CLIENTS = 50_000;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    /** The minute whose windows alone are kept: older ones go at the first call of a new minute. */
    private final java.util.concurrent.atomic.AtomicLong sweptMinute = new java.util.concurrent.atomic.AtomicLong(-1);

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
        long swept = sweptMinute.get();
        if (swept != minute && sweptMinute.compareAndSet(swept, minute)) {
            windows.values().removeIf(w -> w.minute != minute);
        }
        var key = bucket + "|" + client;
        if (windows.size() >= MAX_CLIENTS && !windows.containsKey(key)) {
            return false; // more addresses in one minute than any real use: new ones wait for the next minute
        }
        var window = windows.compute(key,
                (k, current) -> current == null || current.minute != minute ? new Window(minute) : current);
        return window.count.incrementAndGet() <= limit;
    }

    private static final class Window {
        final long minute;
        final AtomicInteger count = new AtomicInteger();

        Window(long minute) { this.minute = minute; }
    }
}
