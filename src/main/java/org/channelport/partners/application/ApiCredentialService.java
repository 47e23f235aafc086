package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.KeycloakUserGateway;
import org.channelport.partners.domain.ApiCredential;
import org.channelport.partners.domain.ApiCredentialRepository;
import org.channelport.partners.domain.PartnerRepository;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;

/** API credentials of a partner's own systems (PA8): a Keycloak client per credential, shown once, revocable. */
@ApplicationScoped
@Transactional
public class ApiCredentialService {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiCredentialRepository credentials;
    @Inject
    PartnerRepository partners;
    @Inject
    KeycloakUserGateway keycloak;
    @Inject
    Tenancy tenancy;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The only moment the secret is visible. */
    public record IssuedCredential(UUID id, String clientId, String clientSecret) {}

    public IssuedCredential create(String name) {
        var partnerId = user.requirePartner();
        tenancy.requireAdminOf(partnerId, "partner", partnerId);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new DomainException(DomainException.Kind.INVALID, "credential.name.required",
                    "Name the system that will use this credential (at most 100 characters).").at("name");
        }
        var partner = partners.find(partnerId).orElseThrow(() -> DomainException.notFound("partner", partnerId));
        if (partner.keycloakGroupId() == null) {
            partner.attachKeycloakGroup(keycloak.ensurePartnerGroup(partnerId, partner.name()));
        }
        var clientId = "partner-" + partnerId.toString().substring(0, 8) + "-" + HexFormat.of().formatHex(bytes(4));
        var client = keycloak.createApiClient(clientId, partner.name() + ": " + name.strip(), partner.keycloakGroupId());
        var credential = ApiCredential.issue(partnerId, name.strip(), clientId, client.id(), user.name(), clock);
        credentials.add(credential);
        audit.record(partnerId, "ApiCredential", credential.id(), "created", null, "active", clientId);
        return new IssuedCredential(credential.id(), clientId, client.secret());
    }

    public void revoke(UUID credentialId) {
        var credential = credentials.find(credentialId)
                .orElseThrow(() -> DomainException.notFound("credential", credentialId));
        tenancy.requireAdminOf(credential.partnerId(), "credential", credentialId);
        credential.revoke(user.name(), clock);
        keycloak.deleteClient(credential.keycloakClientId());
        audit.record(credential.partnerId(), "ApiCredential", credentialId, "revoked", "active", "revoked",
                credential.clientId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiCredential> ownCredentials() {
        var partnerId = user.requirePartner();
        return credentials.forPartner(partnerId);
    }

    private static byte[] bytes(int n) {
        var bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
