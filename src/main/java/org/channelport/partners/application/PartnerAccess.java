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
    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;
    @Inject
    java.time.Clock clock;
    @Inject
    org.channelport.platform.audit.AuditTrail audit;

    /**
     * Records the caller's first sign-in (issue 10: an invited person is "Invited" until then), audited in the
     * organization's history; later sign-ins change nothing. Asked once per browser session.
     *
     * @return whether this was the person's first sign-in
     */
    @Transactional
    public boolean noteSignIn() {
        var partnerId = user.partnerId();
        if (partnerId.isEmpty() || user.isMachine()) {
            return false;
        }
        int first = em.createQuery("update PartnerUser u set u.firstSignedInAt = :now where u.username = :me "
                        + "and u.partnerId = :p and u.firstSignedInAt is null")
                .setParameter("now", clock.instant()).setParameter("me", user.name()).setParameter("p", partnerId.get())
                .executeUpdate();
        if (first > 0) {
            audit.record(partnerId.get(), "PartnerUser", user.name(), "firstSignIn", null, null, (String) null);
        }
        return first > 0;
    }

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
