package org.channelport.platform.notify;

import static org.channelport.platform.persistence.H2Databases.inject;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.mail.Mailer;
import org.channelport.platform.persistence.H2Databases;

/**
 * The notifier, its settings and the digest as the container wires them, on a test's entity manager, caller and
 * clock: mails go to the real outbox table, links start with {@link #BASE_URL}.
 */
public final class TestNotifiers {
    public static final String BASE_URL = "http://h2.test";

    private TestNotifiers() {}

    public static Notifier notifier(EntityManager em, CurrentUser user, Clock clock) {
        var notifier = new Notifier();
        notifier.em = em;
        notifier.user = user;
        notifier.clock = clock;
        notifier.mailer = mailer(em, clock);
        notifier.settings = settings(em, user, clock);
        notifier.baseUrl = BASE_URL;
        return notifier;
    }

    public static Settings settings(EntityManager em, CurrentUser user, Clock clock) {
        var settings = new Settings();
        settings.em = em;
        settings.user = user;
        settings.clock = clock;
        var audit = new AuditTrail();
        inject(audit, "em", em);
        inject(audit, "clock", clock);
        inject(audit, "security", H2Databases.callerNamed(user::name));
        settings.audit = audit;
        return settings;
    }

    public static DigestSweep digest(EntityManager em, Clock clock) {
        var digest = new DigestSweep();
        digest.em = em;
        digest.clock = clock;
        digest.mailer = mailer(em, clock);
        digest.baseUrl = BASE_URL;
        return digest;
    }

    private static Mailer mailer(EntityManager em, Clock clock) {
        var mailer = new Mailer();
        inject(mailer, "em", em);
        inject(mailer, "clock", clock);
        return mailer;
    }
}
