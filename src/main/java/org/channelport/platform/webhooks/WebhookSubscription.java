package org.channelport.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An HTTPS endpoint that receives events (rule W1), owned by a partner (its admins and its systems manage it) or by
 * the brand owner (channel managers and the ERP; {@code partnerId} null). Its secret is shown once, when made or
 * rolled (rule W2); after a roll the previous secret signs as well for {@link #ROLL_OVERLAP}, so the receiver can
 * switch without losing a delivery.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {
    static final Duration ROLL_OVERLAP = Duration.ofHours(24);

    @Id
    private UUID id;
    @Column(name = "partner_id")
    private UUID partnerId;
    @Column(nullable = false)
    private String url;
    @Column(name = "event_types", nullable = false)
    private String eventTypes;
    private String description;
    @Column(nullable = false)
    private String secret;
    @Column(name = "previous_secret")
    private String previousSecret;
    @Column(name = "previous_until")
    private Instant previousUntil;
    private boolean enabled;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Version
    private long version;

    protected WebhookSubscription() {}

    WebhookSubscription(UUID partnerId, String url, Set<String> eventTypes, String description, String secret,
                        String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
        this.url = url;
        this.eventTypes = String.join(" ", eventTypes.stream().sorted().toList());
        this.description = description;
        this.secret = secret;
        this.enabled = true;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** A new secret; the old one keeps signing for {@link #ROLL_OVERLAP}. */
    void roll(String newSecret, Instant now) {
        previousSecret = secret;
        previousUntil = now.plus(ROLL_OVERLAP);
        secret = newSecret;
    }

    void change(String url, Set<String> eventTypes, String description) {
        this.url = url;
        this.eventTypes = String.join(" ", eventTypes.stream().sorted().toList());
        this.description = description;
    }

    void enable(boolean on) {
        enabled = on;
    }

    /** The secrets a delivery at {@code now} is signed with: the current one, and the previous during the overlap. */
    List<String> signingSecrets(Instant now) {
        var secrets = new ArrayList<String>(2);
        secrets.add(secret);
        if (previousSecret != null && previousUntil != null && now.isBefore(previousUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    boolean receives(String eventType) {
        return eventTypes().contains(eventType);
    }

    public UUID id() { return id; }
    public Optional<UUID> partnerId() { return Optional.ofNullable(partnerId); }
    public String url() { return url; }
    public List<String> eventTypes() { return eventTypes.isBlank() ? List.of() : Arrays.asList(eventTypes.split(" ")); }
    public String description() { return description; }
    public boolean enabled() { return enabled; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    /** Until when the secret before the last roll still signs; empty when none does. */
    public Optional<Instant> previousSecretUntil() { return Optional.ofNullable(previousSecret == null ? null : previousUntil); }
}
