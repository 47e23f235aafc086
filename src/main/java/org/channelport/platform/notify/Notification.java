package org.channelport.platform.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened for one person (issue 10, in-app notifications): whom it is for (the user name), the
 * organization it concerns (the tenancy key; none for brand staff), its kind, its text stored without a language
 * ({@link org.channelport.platform.audit.AuditDetail}), the page where the person acts, and when it was read.
 */
@Entity
@Table(name = "notification")
public class Notification {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String recipient;
    @Column(name = "partner_id")
    private UUID partnerId;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String text;
    @Column(nullable = false)
    private String link;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    /** {@link #DIGEST} while it waits for the recipient's daily digest; null when nothing is left to mail. */
    @Column(name = "mail_state")
    private String mailState;
    @Column(name = "mail_to")
    private String mailTo;

    static final String DIGEST = "DIGEST";

    protected Notification() {}

    Notification(String recipient, UUID partnerId, NotificationKind kind, String text, String link, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.partnerId = partnerId;
        this.kind = kind.name();
        this.text = text;
        this.link = link;
        this.createdAt = createdAt;
    }

    void awaitDigest(String email) {
        mailState = DIGEST;
        mailTo = email;
    }

    void digested() {
        mailState = null;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID id() { return id; }
    public String recipient() { return recipient; }
    public UUID partnerId() { return partnerId; }
    public String kind() { return kind; }
    public String text() { return text; }
    public String link() { return link; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
    public String mailTo() { return mailTo; }

    /** The kind, or null for one stored under a kind this version no longer has. */
    public NotificationKind knownKind() {
        try {
            return NotificationKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
