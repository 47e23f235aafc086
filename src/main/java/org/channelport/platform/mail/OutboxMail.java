package org.channelport.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A mail waiting in the outbox: written in the transaction that decided to send it, sent after that commits. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(name = "body_text", nullable = false)
    private String bodyText;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Version
    private long version;

    protected OutboxMail() {}

    OutboxMail(String recipient, String subject, String bodyText, Instant now) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Backs off exponentially, up to an hour. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
        nextAttemptAt = now.plusSeconds(Math.min(3600, (long) Math.pow(2, Math.min(attempts, 12)) * 5));
    }

    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public String bodyText() { return bodyText; }
}
