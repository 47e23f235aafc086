package org.channelport.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.platform.persistence.NativeSql;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains the mail outbox every few seconds. Safe with several instances on one PostgreSQL database: rows are claimed
 * with FOR UPDATE SKIP LOCKED, so no mail is sent twice by two instances (H2, single-instance, uses plain FOR UPDATE).
 */
@Singleton
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "app.mail.host", defaultValue = "127.0.0.1")
    String host;
    @Inject
    @ConfigProperty(name = "app.mail.port", defaultValue = "3025")
    int port;
    @Inject
    @ConfigProperty(name = "app.mail.from", defaultValue = "Channelport <noreply@channelport.example>")
    String from;

    private Session session;

    @PostConstruct
    void init() {
        var properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        session = Session.getInstance(properties);
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void drain() {
        for (var mail : claimDue(20)) {
            try {
                send(mail);
                mail.sent(clock.instant());
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "Mail to " + mail.recipient() + " failed; will retry", e);
                mail.failed(e.getMessage(), clock.instant());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<OutboxMail> claimDue(int max) {
        var sql = "select * from outbox_mail where sent_at is null and next_attempt_at <= ? order by created_at"
                + " limit " + max + " for update" + (NativeSql.isPostgres(em) ? " skip locked" : "");
        return em.createNativeQuery(sql, OutboxMail.class)
                .setParameter(1, java.sql.Timestamp.from(clock.instant()))
                .getResultList();
    }

    private void send(OutboxMail mail) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.bodyText(), "UTF-8");
        Transport.send(message);
    }
}
