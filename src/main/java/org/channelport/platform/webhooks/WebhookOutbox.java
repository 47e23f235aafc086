package org.channelport.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.channelport.platform.persistence.NativeSql;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dispatcher's two short transactions around the HTTP calls, which hold no transaction and no lock: claiming due
 * deliveries (each leased for {@link #LEASE}, so that another instance does not take it meanwhile, and an instance
 * that dies mid-call leaves it to be tried again), and recording what each attempt got.
 */
@ApplicationScoped
public class WebhookOutbox {
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "app.webhooks.first-retry", defaultValue = "PT30S")
    Duration firstRetry;
    @Inject
    @ConfigProperty(name = "app.webhooks.retry-window", defaultValue = "PT24H")
    Duration retryWindow;

    /** What one call needs, read under the claim. */
    public record Due(UUID deliveryId, int attempts, String messageId, String url, List<String> secrets, String payload) {}

    /**
     * What one call got: a status code, or why none came; the first kilobyte of the answer. {@code attempts}: how
     * many attempts the delivery had when it was claimed (an outcome of a stale claim is logged but decides nothing).
     */
    public record Outcome(UUID deliveryId, int attempts, Instant at, Integer statusCode, String error, String excerpt,
                          int millis) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Due> claim(int max) {
        var now = clock.instant();
        var sql = "select d.id from webhook_delivery d where d.status = 'PENDING' and d.next_attempt_at <= ?1"
                + " and d.subscription_id in (select s.id from webhook_subscription s where s.enabled = true)"
                + " order by d.next_attempt_at limit " + max + " for update"
                + (NativeSql.isPostgres(em) ? " skip locked" : "");
        var ids = (List<Object>) em.createNativeQuery(sql).setParameter(1, java.sql.Timestamp.from(now)).getResultList();
        var due = new ArrayList<Due>(ids.size());
        for (var raw : ids) {
            var id = raw instanceof UUID u ? u : UUID.fromString(raw.toString());
            var delivery = em.find(WebhookDelivery.class, id);
            var subscription = em.find(WebhookSubscription.class, delivery.subscriptionId());
            delivery.lease(now, now.plus(LEASE));
            due.add(new Due(id, delivery.attempts(), delivery.messageId(), subscription.url(), subscription.signingSecrets(now),
                    delivery.payload()));
        }
        return due;
    }

    /**
     * Logs the attempt (rule W5: every attempt, whatever happens to the delivery meanwhile) and, unless another
     * dispatcher has recorded an attempt of the same claim since (an expired lease), settles the delivery: delivered,
     * due again, or dead (rule W3). The attempt row is written first and kept if settling loses a race.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(List<Outcome> outcomes) {
        var policy = new RetryPolicy(firstRetry, retryWindow);
        for (var outcome : outcomes) {
            var delivery = em.find(WebhookDelivery.class, outcome.deliveryId());
            if (delivery == null) {
                continue;   // its subscription was deleted meanwhile
            }
            em.persist(new WebhookAttempt(delivery.id(), outcome.at(), outcome.statusCode(), outcome.error(),
                    outcome.excerpt(), outcome.millis()));
            if (delivery.attempts() == outcome.attempts() && delivery.status() == WebhookDelivery.Status.PENDING) {
                delivery.attempted(outcome.statusCode(), outcome.error(), clock.instant(), policy);
            }
        }
    }
}
