package org.channelport.platform.notify;

import jakarta.ejb.ScheduleExpression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.channelport.platform.BaseUrl;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.mail.Mailer;
import org.channelport.platform.sweep.Sweep;
import org.channelport.platform.web.Formats;

/**
 * The daily digest (issue 10): once a day, from {@link #HOUR} in the person's own time zone (UTC until they choose
 * one), everyone with notifications waiting for a digest gets one mail listing them, in their language, and those
 * notifications leave the queue. Safe with several instances: each person's settings row is locked (skipping rows
 * another instance holds) and the day of the last digest is checked again under the lock.
 */
@ApplicationScoped
public class DigestSweep implements Sweep<DigestSweep.Result> {
    /** The local hour from which a day's digest is due. */
    static final int HOUR = 7;
    /** People handled per batch (each batch is one transaction). */
    static final int BATCH = 50;
    /** The most notifications one digest lists one by one. */
    static final int MAX_LINES = 100;

    @PersistenceContext
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    Clock clock;
    String baseUrl;

    @jakarta.annotation.PostConstruct
    void readBaseUrl() {
        baseUrl = BaseUrl.get();
    }

    public record Result(int digests, int notifications) implements Sweep.Tally<Result> {
        @Override
        public Result plus(Result other) {
            return new Result(digests + other.digests, notifications + other.notifications);
        }

        @Override
        public boolean idle() {
            return digests == 0;
        }
    }

    /** {@code POST /api/v1/digest-sweeps}. */
    @Override
    public String name() {
        return "digest";
    }

    /** Every 15 minutes, at second 45: a zone's 07:00 is met within a quarter of an hour. */
    @Override
    public ScheduleExpression schedule() {
        return new ScheduleExpression().second("45").minute("*/15").hour("*");
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result sweepBatch() {
        var now = clock.instant();
        var due = new ArrayList<String>();
        for (var settings : em.createQuery("select s from PersonSettings s where s.username in (select n.recipient "
                        + "from Notification n where n.mailState = :digest) order by s.username", PersonSettings.class)
                .setParameter("digest", Notification.DIGEST).getResultList()) {
            if (isDue(settings, now)) {
                due.add(settings.username());
                if (due.size() == BATCH) {
                    break;
                }
            }
        }
        int digests = 0;
        int lines = 0;
        for (var username : due) {
            var settings = em.find(PersonSettings.class, username, LockModeType.PESSIMISTIC_WRITE);
            if (settings == null || !isDue(settings, now)) {
                continue;
            }
            var waiting = em.createQuery("select n from Notification n where n.recipient = :r and n.mailState = :digest "
                            + "order by n.createdAt, n.id", Notification.class)
                    .setParameter("r", username).setParameter("digest", Notification.DIGEST).getResultList();
            if (waiting.isEmpty()) {
                continue;
            }
            send(settings, waiting);
            waiting.forEach(Notification::digested);
            settings.digestSent(localDate(settings, now));
            digests++;
            lines += waiting.size();
        }
        return new Result(digests, lines);
    }

    /** Due once a day, from {@link #HOUR} in the person's zone. */
    static boolean isDue(PersonSettings settings, Instant now) {
        var local = now.atZone(settings.zone().orElse(ZoneOffset.UTC));
        return !local.toLocalTime().isBefore(LocalTime.of(HOUR, 0))
                && (settings.lastDigestOn() == null || settings.lastDigestOn().isBefore(local.toLocalDate()));
    }

    private static LocalDate localDate(PersonSettings settings, Instant now) {
        return now.atZone(settings.zone().orElse(ZoneOffset.UTC)).toLocalDate();
    }

    /** One mail per address (a person's address may have changed between the events). */
    private void send(PersonSettings settings, List<Notification> waiting) {
        var locale = settings.locale();
        var zone = settings.zone().orElse(ZoneOffset.UTC);
        var byAddress = new LinkedHashMap<String, List<Notification>>();
        waiting.stream().filter(n -> n.mailTo() != null)
                .forEach(n -> byAddress.computeIfAbsent(n.mailTo(), a -> new ArrayList<>()).add(n));
        byAddress.forEach((address, list) -> {
            var body = new StringBuilder(read("mail.digest.body", locale, list.size())).append("\n\n");
            list.stream().limit(MAX_LINES).forEach(n -> body.append("- ")
                    .append(Mail.oneLine(AuditDetail.read(n.text(), locale, zone))).append(" (")
                    .append(Formats.dateTime(n.createdAt(), locale, zone)).append(")\n  ").append(baseUrl).append(n.link()).append('\n'));
            if (list.size() > MAX_LINES) {
                body.append("- ").append(read("mail.digest.more", locale, list.size() - MAX_LINES)).append('\n');
            }
            body.append('\n').append(read("mail.digest.end", locale, baseUrl + Notifier.SETTINGS_PAGE)).append('\n');
            mailer.queue(address, Mail.oneLine(read("mail.digest.subject", locale, list.size())), body.toString());
        });
    }

    private static String read(String key, java.util.Locale locale, Object argument) {
        return AuditDetail.read(AuditDetail.of(key, AuditDetail.text(argument)).stored(), locale);
    }
}
