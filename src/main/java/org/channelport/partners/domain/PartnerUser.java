package org.channelport.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.channelport.shared.IllegalTransition;

/** A person of a partner organization; Keycloak holds the credentials, this row the membership and status (PA3, PA6). */
@Entity
@Table(name = "partner_user")
public class PartnerUser {
    @Id
    private UUID id;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(nullable = false)
    private String username;
    @Column(nullable = false)
    private String email;
    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerRole role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserStatus status;
    @Column(name = "keycloak_id")
    private String keycloakId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** When the person first signed in; null while an invitation is not yet taken up. */
    @Column(name = "first_signed_in_at")
    private Instant firstSignedInAt;
    @Version
    private long version;

    protected PartnerUser() {}

    public static PartnerUser invite(UUID partnerId, String username, String email, String firstName, String lastName,
                                     PartnerRole role, Clock clock) {
        var user = new PartnerUser();
        user.id = UUID.randomUUID();
        user.partnerId = partnerId;
        user.username = username;
        user.email = email;
        user.firstName = firstName;
        user.lastName = lastName;
        user.role = role;
        user.status = UserStatus.ACTIVE;
        user.createdAt = clock.instant();
        user.updatedAt = user.createdAt;
        return user;
    }

    public void deactivate(Clock clock) {
        if (status != UserStatus.ACTIVE) {
            throw new IllegalTransition("user", status, "deactivate");
        }
        status = UserStatus.DEACTIVATED;
        updatedAt = clock.instant();
    }

    public void linkKeycloakAccount(String id) {
        keycloakId = id;
    }

    public UUID id() { return id; }
    public UUID partnerId() { return partnerId; }
    public String username() { return username; }
    public String email() { return email; }
    public PartnerRole role() { return role; }
    public UserStatus status() { return status; }
    public String keycloakId() { return keycloakId; }
    public boolean isActive() { return status == UserStatus.ACTIVE; }
    public Instant firstSignedInAt() { return firstSignedInAt; }
}
