package org.channelport.platform.webhooks;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds (rules W1-W5), every two seconds on every instance: claims due deliveries (as many as
 * calls may still start: at most {@link #IN_FLIGHT} at once per instance) and hands each to the container's executor,
 * which checks the endpoint's addresses, calls it and records the attempt, each in a transaction of its own as soon as
 * its answer (or its failure) comes, so a slow endpoint or name server holds up no other. A call has {@link #TIMEOUT}
 * for everything: connecting, the answer's headers and the first kilobyte of its body (the rest is never read: a
 * receiver that stalls its body is cut off like one that never answers). Redirects are not followed (they could lead
 * anywhere, rule W4). Delivery is at least once: a receiver drops a repeated {@code webhook-id}.
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
    /** Address checks, calls' callbacks and recording run on the container's threads (its transactions need them). */
    @Resource
    ManagedExecutorService executor;

    /** {@link #TIMEOUT}; a test of the dispatcher itself may shorten it. */
    Duration timeout = TIMEOUT;
    private HttpClient http;
    private final Semaphore permits = new Semaphore(IN_FLIGHT);

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).executor(executor()).build();
    }

    private Executor executor() {
        return executor != null ? executor : ForkJoinPool.commonPool();
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
                    break;   // its lease runs out and a later drain takes it
                }
                try {
                    attempt(delivery).whenCompleteAsync((outcome, failure) -> {
                        try {
                            outbox.record(List.of(outcome != null ? outcome : new WebhookOutbox.Outcome(
                                    delivery.deliveryId(), delivery.attempts(), clock.instant(), null, reason(failure),
                                    null, 0)));
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "Could not record a webhook attempt; the delivery is tried again "
                                    + "after its lease", e);
                        } finally {
                            permits.release();
                        }
                    }, executor());
                } catch (RuntimeException e) {
                    permits.release();
                    LOG.log(Level.WARNING, "Could not start a webhook call; the delivery is tried again after its lease", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook dispatch failed; the next run tries again", e);
        }
    }

    /** One attempt: the address check (rule W4) and the call, off the timer's thread, within {@link #TIMEOUT}. */
    CompletableFuture<WebhookOutbox.Outcome> attempt(WebhookOutbox.Due delivery) {
        var started = clock.instant();
        var nanos = System.nanoTime();
        var sending = new java.util.concurrent.atomic.AtomicReference<CompletableFuture<?>>();
        return CompletableFuture.supplyAsync(() -> {
                    var uri = URI.create(delivery.url());
                    return WebhookEndpoints.addressRefusal(uri.getHost() == null ? "" : uri.getHost(), development)
                            .map(reason -> "refused." + reason);
                }, executor())
                .thenCompose(refused -> refused.isPresent()
                        ? CompletableFuture.completedFuture(new WebhookOutbox.Outcome(delivery.deliveryId(),
                        delivery.attempts(), started, null, refused.get(), null, 0))
                        : send(delivery, started, nanos, sending))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // a call cut off by the timeout is cancelled too: its connection closes, the slot is really free
                .whenComplete((outcome, failure) -> {
                    var call = sending.get();
                    if (call != null && !call.isDone()) {
                        call.cancel(true);
                    }
                })
                .exceptionally(e -> new WebhookOutbox.Outcome(delivery.deliveryId(), delivery.attempts(), started, null,
                        reason(e), null, millis(nanos)));
    }

    private CompletionStage<WebhookOutbox.Outcome> send(WebhookOutbox.Due delivery, java.time.Instant started, long nanos,
                                                        java.util.concurrent.atomic.AtomicReference<CompletableFuture<?>> sending) {
        var timestamp = started.getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(timeout)
                .header("content-type", "application/json")
                .header("user-agent", "Channelport-Webhooks/1")
                .header("webhook-id", delivery.messageId())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSignature.header(delivery.secrets(), delivery.messageId(), timestamp,
                        delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
        var call = http.sendAsync(request, info -> new FirstKilobyte());
        sending.set(call);
        return call.thenApply(response -> new WebhookOutbox.Outcome(delivery.deliveryId(), delivery.attempts(), started,
                        response.statusCode(), null, response.body(), millis(nanos)));
    }

    /**
     * Rule W5: keeps at most the first {@link WebhookAttempt#EXCERPT} bytes of an answer and then cancels the rest,
     * without blocking a thread; the answer is complete when they are in or the body ends.
     */
    static final class FirstKilobyte implements HttpResponse.BodySubscriber<String> {
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private final byte[] kept = new byte[WebhookAttempt.EXCERPT];
        private int length;
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (var buffer : buffers) {
                int n = Math.min(buffer.remaining(), kept.length - length);
                buffer.get(kept, length, n);
                length += n;
            }
            if (length == kept.length) {
                finish();
                subscription.cancel();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            finish();   // what came before the break is the answer
        }

        @Override
        public void onComplete() {
            finish();
        }

        private void finish() {
            // at most one character per byte: fits the column
            var text = new String(kept, 0, length, StandardCharsets.UTF_8).replace('\0', ' ');
            body.complete(text.isEmpty() ? null : text);
        }
    }

    /**
     * Why no answer came, as a code the pages label ({@code webhooks.failure.<code>}) and the API returns as it is:
     * timeout, connectFailed, tlsFailed, ioFailed; {@code refused.<reason>} when rule W4 stopped the call.
     */
    static String reason(Throwable e) {
        var cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "timeout";
        }
        if (cause instanceof java.net.ConnectException || cause instanceof java.nio.channels.UnresolvedAddressException) {
            return "connectFailed";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "tlsFailed";
        }
        if (cause instanceof IllegalArgumentException) {
            return "refused.invalid";
        }
        LOG.log(Level.FINE, "Webhook call failed", cause);
        return "ioFailed";
    }

    private static int millis(long startNanos) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
