package org.channelport.platform.webhooks;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds (rules W1-W5), every two seconds on every instance: claims due deliveries (as many as
 * calls may still start: at most {@link #IN_FLIGHT} at once per instance) and calls their endpoints without waiting
 * for them; each attempt is recorded in a transaction of its own as soon as its answer (or its failure) comes, so a
 * slow endpoint holds up no other. A call has {@link #TIMEOUT} to answer; redirects are not followed (they could lead
 * anywhere, rule W4); only the first kilobyte of an answer is read and kept. Delivery is at least once: a receiver
 * drops a repeated {@code webhook-id}.
 */
@Singleton
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int IN_FLIGHT = 50;

    @Inject
    WebhookOutbox outbox;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "app.webhooks.development", defaultValue = "false")
    boolean development;
    /** The calls' callbacks run on the container's threads: recording an attempt needs its transactions. */
    @Resource
    ManagedExecutorService executor;

    private HttpClient http;
    private final Semaphore permits = new Semaphore(IN_FLIGHT);

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).executor(executor).build();
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void drain() {
        try {
            int free = permits.availablePermits();
            if (free == 0) {
                return;
            }
            for (var delivery : outbox.claim(free)) {
                if (!permits.tryAcquire()) {
                    break;   // its lease runs out and the next drain takes it
                }
                call(delivery).whenComplete((outcome, failure) -> {
                    try {
                        outbox.record(List.of(outcome != null ? outcome : new WebhookOutbox.Outcome(
                                delivery.deliveryId(), clock.instant(), null, reason(failure), null, 0)));
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not record a webhook attempt; the delivery is tried again after its lease", e);
                    } finally {
                        permits.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook dispatch failed; the next run tries again", e);
        }
    }

    private CompletableFuture<WebhookOutbox.Outcome> call(WebhookOutbox.Due delivery) {
        var started = clock.instant();
        var nanos = System.nanoTime();
        URI uri;
        try {
            uri = URI.create(delivery.url());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new WebhookOutbox.Outcome(delivery.deliveryId(), started, null,
                    "refused.invalid", null, 0));
        }
        var refused = WebhookEndpoints.addressRefusal(uri.getHost(), development);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new WebhookOutbox.Outcome(delivery.deliveryId(), started, null,
                    "refused." + refused.get(), null, 0));
        }
        var timestamp = started.getEpochSecond();
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("content-type", "application/json")
                .header("user-agent", "Channelport-Webhooks/1")
                .header("webhook-id", delivery.messageId())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSignature.header(delivery.secrets(), delivery.messageId(), timestamp,
                        delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> new WebhookOutbox.Outcome(delivery.deliveryId(), started, response.statusCode(),
                        null, excerpt(response.body()), millis(nanos)))
                .exceptionally(e -> new WebhookOutbox.Outcome(delivery.deliveryId(), started, null, reason(e), null,
                        millis(nanos)));
    }

    /** Rule W5: at most the first kilobyte of the answer is read; the rest is dropped with the connection. */
    static String excerpt(InputStream body) {
        try (body) {
            var bytes = body.readNBytes(WebhookAttempt.EXCERPT);
            var text = new String(bytes, StandardCharsets.UTF_8);   // at most one character per byte: fits the column
            return text.isEmpty() ? null : text.replace('\0', ' ');
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Why no answer came, as a code the pages label ({@code webhooks.failure.<code>}) and the API returns as it is:
     * timeout, connectFailed, tlsFailed, ioFailed; {@code refused.<reason>} when rule W4 stopped the call.
     */
    static String reason(Throwable e) {
        var cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof java.net.ConnectException || cause instanceof java.nio.channels.UnresolvedAddressException) {
            return "connectFailed";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "tlsFailed";
        }
        LOG.log(Level.FINE, "Webhook call failed", cause);
        return "ioFailed";
    }

    private static int millis(long startNanos) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
