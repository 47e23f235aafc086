package org.channelport.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Queues mail in the outbox within the caller's transaction: a rolled-back change sends nothing. */
@ApplicationScoped
public class Mailer {
    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String bodyText) {
        em.persist(new OutboxMail(recipient, subject, bodyText, clock.instant()));
    }
}
