package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.identity.KeycloakUserGateway;

/**
 * Ends Keycloak sessions after a suspension commits. Best effort: the app refuses a suspended partner's tokens anyway
 * (PA3), so a Keycloak outage must not block the suspension itself.
 */
@ApplicationScoped
public class SessionTermination {
    private static final Logger LOG = Logger.getLogger(SessionTermination.class.getName());

    @Inject
    KeycloakUserGateway keycloak;

    void onSuspended(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerSuspended event) {
        if (event.keycloakGroupId() == null) {
            return;
        }
        try {
            keycloak.logoutMembers(event.keycloakGroupId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not end the sessions of suspended partner " + event.partnerId(), e);
        }
    }
}
