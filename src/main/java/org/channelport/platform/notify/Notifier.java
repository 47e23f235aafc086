package org.channelport.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.shared.DomainException;

/**
 * In-app notifications (issue 10): every event that is mailed also lands in its recipients' lists, in the same
 * transaction as the change (a rolled-back change notifies no one). A person reads only their own notifications, and a
 * partner's person only those of its own organization; they are kept {@link #KEPT} and then deleted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Notifier {
    /** How long a notification is kept. */
    public static final Duration KEPT = Duration.ofDays(90);
    /** The most a list shows. */
    public static final int MAX_LIST = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    /** Notifies these people (user names) of something about this organization (null: brand staff's own). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Collection<String> recipients, UUID partnerId, String kind, AuditDetail text, String link) {
        var now = clock.instant();
        for (var recipient : new LinkedHashSet<>(recipients)) {
            em.persist(new Notification(recipient, partnerId, kind, text.stored(), link, now));
            em.createQuery("delete from Notification n where n.recipient = :r and n.createdAt < :before")
                    .setParameter("r", recipient).setParameter("before", now.minus(KEPT)).executeUpdate();
        }
    }

    /** The caller's notifications of the last 90 days, newest first (at most {@code max}). */
    public List<Notification> mine(int max) {
        return scoped(em.createQuery("select n from Notification n where n.recipient = :me and n.createdAt >= :since"
                        + scope() + " order by n.createdAt desc, n.id", Notification.class))
                .setParameter("since", clock.instant().minus(KEPT))
                .setMaxResults(Math.min(max, MAX_LIST)).getResultList();
    }

    public long unread() {
        return scoped(em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null "
                        + "and n.createdAt >= :since" + scope(), Long.class))
                .setParameter("since", clock.instant().minus(KEPT)).getSingleResult();
    }

    /** Marks one of the caller's notifications read and answers it; another's answers "not found". */
    @Transactional
    public Notification markRead(UUID id) {
        var n = id == null ? null : em.find(Notification.class, id);
        if (n == null || !n.recipient().equals(user.name()) || !inScope(n)) {
            throw DomainException.notFound("notification", id);
        }
        n.read(clock.instant());
        return n;
    }

    @Transactional
    public int markAllRead() {
        var update = em.createQuery("update Notification n set n.readAt = :now where n.recipient = :me "
                + "and n.readAt is null" + scope()).setParameter("now", clock.instant()).setParameter("me", user.name());
        user.partnerId().ifPresent(p -> update.setParameter("own", p));
        return update.executeUpdate();
    }

    /** A partner's person reads its own organization's only (a user name reused elsewhere reads nothing of it). */
    private String scope() {
        return user.partnerId().isPresent() ? " and n.partnerId = :own" : " and n.partnerId is null";
    }

    private <T> jakarta.persistence.TypedQuery<T> scoped(jakarta.persistence.TypedQuery<T> query) {
        query.setParameter("me", user.name());
        user.partnerId().ifPresent(p -> query.setParameter("own", p));
        return query;
    }

    private boolean inScope(Notification n) {
        return user.partnerId().map(p -> p.equals(n.partnerId())).orElse(n.partnerId() == null);
    }
}
