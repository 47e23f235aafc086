package org.channelport.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.BaseUrl;
import org.channelport.platform.mail.Mailer;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.shared.DomainException;

/**
 * In-app notifications (issue 10): every event that is mailed also lands in its recipients' lists, in the same
 * transaction as the change (a rolled-back change notifies no one), and is mailed as each recipient chose for its kind
 * ({@link Delivery}), in their language. A person reads only their own notifications, and a
 * partner's person only those of its own organization; they are kept {@link #KEPT} and then deleted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Notifier {
    /** How long a notification is kept. */
    public static final Duration KEPT = Duration.ofDays(90);
    /** The most a list shows. */
    public static final int MAX_LIST = 200;
    /** The page where a person chooses their language, time zone and how notifications are mailed. */
    public static final String SETTINGS_PAGE = "/portal/settings.xhtml";

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    Mailer mailer;
    @Inject
    Settings settings;
    /** app.base-url without a trailing slash: links in mails are absolute. */
    String baseUrl;

    @jakarta.annotation.PostConstruct
    void readBaseUrl() {
        baseUrl = BaseUrl.get();
    }

    /**
     * Notifies these people of something about this organization (null: brand staff's own): the event lands in each
     * one's list, and its mail goes out as each one chose for this kind: at once in their language, in their next
     * daily digest, or not at all. A recipient named twice is notified once.
     *
     * @param mail the mail of the event, or null for an event that is never mailed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Collection<Recipient> recipients, UUID partnerId, NotificationKind kind, AuditDetail text,
                       String link, Mail mail) {
        var now = clock.instant();
        var chosenBy = settings.of(recipients.stream().map(Recipient::username).filter(Objects::nonNull).toList());
        var done = new HashSet<String>();
        for (var recipient : recipients) {
            if (recipient.username() == null) {
                if (mail != null && recipient.email() != null && done.add("mailto:" + recipient.email())) {
                    queue(recipient.email(), mail, Locale.ENGLISH, ZoneOffset.UTC, link, false);
                }
                continue;
            }
            if (!done.add(recipient.username())) {
                continue;
            }
            var notification = new Notification(recipient.username(), partnerId, kind, text.stored(), link, now);
            var chosen = chosenBy.get(recipient.username());
            var delivery = chosen == null ? Delivery.IMMEDIATELY : chosen.delivery(kind);
            if (mail != null && recipient.email() != null) {
                if (delivery == Delivery.IMMEDIATELY) {
                    queue(recipient.email(), mail, chosen == null ? Locale.ENGLISH : chosen.locale(),
                            chosen == null ? ZoneOffset.UTC : chosen.zone().orElse(ZoneOffset.UTC), link, true);
                } else if (delivery == Delivery.DAILY_DIGEST) {
                    notification.awaitDigest(recipient.email());
                }
            }
            em.persist(notification);
            em.createQuery("delete from Notification n where n.recipient = :r and n.createdAt < :before")
                    .setParameter("r", recipient.username()).setParameter("before", now.minus(KEPT)).executeUpdate();
        }
    }

    private void queue(String email, Mail mail, Locale locale, ZoneId zone, String link, boolean person) {
        var body = mail.body(locale, zone, link == null ? null : baseUrl + link);
        if (person) {
            body += "\n" + AuditDetail.read(AuditDetail.of("mail.footer", AuditDetail.text(settingsLink())).stored(),
                    locale) + "\n";
        }
        mailer.queue(email, mail.subject(locale, zone), body);
    }

    /** Where a partner's person chooses how notifications are mailed. */
    String settingsLink() {
        return baseUrl + SETTINGS_PAGE;
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
