package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.domain.ApiCredentialRepository;
import org.channelport.partners.domain.PartnerRepository;
import org.channelport.partners.domain.PartnerUserRepository;

/** Rule PA3: is this partner caller still allowed in? Asked on every request by a partner's person or system. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnerAccess {
    public enum Refusal { PARTNER_SUSPENDED, USER_DEACTIVATED, CREDENTIAL_REVOKED }

    @Inject
    CurrentUser user;
    @Inject
    PartnerRepository partners;
    @Inject
    PartnerUserRepository users;
    @Inject
    ApiCredentialRepository credentials;

    public Optional<Refusal> refusal() {
        var partnerId = user.partnerId();
        if (partnerId.isEmpty()) {
            return Optional.empty();
        }
        var partner = partners.find(partnerId.get());
        if (partner.isEmpty() || !partner.get().isActive()) {
            return Optional.of(Refusal.PARTNER_SUSPENDED);
        }
        if (user.isMachine() && user.apiClientId().flatMap(credentials::findByClientId)
                .filter(c -> c.isRevoked()).isPresent()) {
            return Optional.of(Refusal.CREDENTIAL_REVOKED);
        }
        if (users.findByUsername(user.name()).filter(u -> !u.isActive()).isPresent()) {
            return Optional.of(Refusal.USER_DEACTIVATED);
        }
        return Optional.empty();
    }
}
