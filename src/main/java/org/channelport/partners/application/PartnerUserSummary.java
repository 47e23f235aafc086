package org.channelport.partners.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.channelport.partners.domain.PartnerRole;
import org.channelport.partners.domain.UserStatus;

public class PartnerUserSummary implements Serializable {
    private final UUID id;
    private final UUID partnerId;
    private final String username;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final PartnerRole role;
    private final UserStatus status;
    private final Instant createdAt;
    private final Instant firstSignedInAt;

    public PartnerUserSummary(UUID id, UUID partnerId, String username, String email, String firstName, String lastName,
                              PartnerRole role, UserStatus status, Instant createdAt, Instant firstSignedInAt) {
        this.id = id;
        this.partnerId = partnerId;
        this.username = username;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
        this.status = status;
        this.createdAt = createdAt;
        this.firstSignedInAt = firstSignedInAt;
    }

    public UUID getId() { return id; }
    public UUID getPartnerId() { return partnerId; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getFullName() { return (firstName + " " + lastName).strip(); }
    public PartnerRole getRole() { return role; }
    public UserStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isActive() { return status == UserStatus.ACTIVE; }

    /** The status a page shows: an active person who has never signed in is still "Invited" (issue 10). */
    public String getShownStatus() {
        return status == UserStatus.ACTIVE && firstSignedInAt == null ? "INVITED" : status.name();
    }
}
