package org.channelport.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.channelport.shared.IllegalTransition;

/** A partner system's Keycloak client (PA8). The secret lives only in Keycloak and in the one response that shows it. */
@Entity
@Table(name = "api_credential")
public class ApiCredential {
    @Id
    private UUID id;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(nullable = false)
    private String name;
    @Column(name = "client_id", nullable = false)
    private String clientId;
    @Column(name = "keycloak_client_id", nullable = false)
    private String keycloakClientId;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Version
    private long version;

    protected ApiCredential() {}

    public static ApiCredential issue(UUID partnerId, String name, String clientId, String keycloakClientId,
                                      String createdBy, Clock clock) {
        var credential = new ApiCredential();
        credential.id = UUID.randomUUID();
        credential.partnerId = partnerId;
        credential.name = name;
        credential.clientId = clientId;
        credential.keycloakClientId = keycloakClientId;
        credential.createdBy = createdBy;
        credential.createdAt = clock.instant();
        return credential;
    }

    public void revoke(String by, Clock clock) {
        if (revokedAt != null) {
            throw new IllegalTransition("API credential", "revoked", "revoke");
        }
        revokedAt = clock.instant();
        revokedBy = by;
    }

    public UUID id() { return id; }
    public UUID partnerId() { return partnerId; }
    public String clientId() { return clientId; }
    public String keycloakClientId() { return keycloakClientId; }
    public String name() { return name; }
    public boolean isRevoked() { return revokedAt != null; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant revokedAt() { return revokedAt; }
}
