package org.channelport.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try to deliver a message (rule W5): when, the receiver's status code or why none came, its first kilobyte. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {
    static final int EXCERPT = 1024;

    @Id
    private UUID id;
    @Column(name = "delivery_id", nullable = false)
    private UUID deliveryId;
    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;
    @Column(name = "status_code")
    private Integer statusCode;
    private String error;
    @Column(name = "response_excerpt")
    private String responseExcerpt;
    @Column(name = "duration_ms", nullable = false)
    private int durationMs;

    protected WebhookAttempt() {}

    WebhookAttempt(UUID deliveryId, Instant attemptedAt, Integer statusCode, String error, String responseExcerpt,
                   int durationMs) {
        this.id = UUID.randomUUID();
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error;
        this.responseExcerpt = responseExcerpt;
        this.durationMs = durationMs;
    }

    public Instant attemptedAt() { return attemptedAt; }
    public Integer statusCode() { return statusCode; }
    public String error() { return error; }
    public String responseExcerpt() { return responseExcerpt; }
    public int durationMs() { return durationMs; }
}
