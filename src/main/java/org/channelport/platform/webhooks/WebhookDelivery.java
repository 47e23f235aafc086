package org.channelport.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One event for one subscription in the outbox (rule W1): written in the transaction of the change it reports, sent
 * after that commits, tried until it is delivered or its retry window ends (rule W3), then dead until its owner
 * replays it. Its message id is the same on every attempt and replay.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    public enum Status { PENDING, DELIVERED, DEAD }

    @Id
    private UUID id;
    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;
    @Column(name = "message_id", nullable = false)
    private String messageId;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(nullable = false)
    private String payload;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    private int attempts;
    @Column(name = "last_status_code")
    private Integer lastStatusCode;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Version
    private long version;

    protected WebhookDelivery() {}

    WebhookDelivery(UUID subscriptionId, String eventType, String payload, Instant now) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.messageId = "msg_" + id.toString().replace("-", "");
        this.eventType = eventType;
        this.payload = payload;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.windowStartedAt = now;
        this.nextAttemptAt = now;
    }

    /** Records an attempt's outcome: delivered on a 2xx answer, else tried again or dead (rule W3). */
    void attempted(Integer statusCode, String error, Instant now, RetryPolicy policy) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error;
        if (statusCode != null && statusCode >= 200 && statusCode < 300) {
            status = Status.DELIVERED;
            finishedAt = now;
            return;
        }
        var next = policy.nextAttempt(windowStartedAt, now);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            status = Status.DEAD;
            finishedAt = now;
        }
    }

    /**
     * Claimed by a dispatcher: not due again before {@code until}, unless an attempt is recorded first. The retry
     * window starts with the first attempt (rule W3), not when the event happened: a delivery that waited for a paused
     * endpoint still gets its 24 hours.
     */
    void lease(Instant now, Instant until) {
        if (attempts == 0) {
            windowStartedAt = now;
        }
        nextAttemptAt = until;
    }

    /** The owner sends a dead (or delivered) message again: at once, with a new retry window, under the same id. */
    void replay(Instant now) {
        status = Status.PENDING;
        windowStartedAt = now;
        nextAttemptAt = now;
        finishedAt = null;
    }

    public UUID id() { return id; }
    public UUID subscriptionId() { return subscriptionId; }
    public String messageId() { return messageId; }
    public String eventType() { return eventType; }
    public String payload() { return payload; }
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public int attempts() { return attempts; }
    public Optional<Integer> lastStatusCode() { return Optional.ofNullable(lastStatusCode); }
    public Optional<String> lastError() { return Optional.ofNullable(lastError); }
    public Optional<Instant> finishedAt() { return Optional.ofNullable(finishedAt); }
}
