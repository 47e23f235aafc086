package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.channelport.platform.audit.ActorNames;

/**
 * The name a partner gave an API credential, for the history rows its system wrote ({@code service-account-<client
 * id>}, as Keycloak names a client's service account). Names never change after issue, so they are kept once read
 * (at most {@link #KEPT} of them).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CredentialActorNames implements ActorNames {
    static final String SERVICE_ACCOUNT = "service-account-";
    static final int KEPT = 5_000;

    @PersistenceContext
    EntityManager em;

    private final Map<String, Optional<String>> names = new ConcurrentHashMap<>();

    @Override
    public Optional<String> nameOf(String actor) {
        if (actor == null || !actor.startsWith(SERVICE_ACCOUNT)) {
            return Optional.empty();
        }
        var known = names.get(actor);
        if (known != null) {
            return known;
        }
        var name = em.createQuery("select c.name from ApiCredential c where c.clientId = :id", String.class)
                .setParameter("id", actor.substring(SERVICE_ACCOUNT.length())).getResultList().stream().findFirst();
        if (names.size() >= KEPT) {
            names.clear();
        }
        names.put(actor, name);
        return name;
    }
}
