package org.channelport.platform.rest;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Forgets stored answers to Idempotency-Keys after {@link #KEPT} (rule P4): clients retry within minutes, and the
 * table would otherwise grow with every request. Safe on several instances (a plain delete by age).
 */
@Singleton
public class IdempotencyCleanup {
    static final Duration KEPT = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void forgetOldKeys() {
        int removed = em.createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
                .setParameter("before", clock.instant().minus(KEPT)).executeUpdate();
        if (removed > 0) {
            LOG.info(() -> "Forgot " + removed + " idempotency keys older than " + KEPT.toDays() + " days");
        }
    }
}
