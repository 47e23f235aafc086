package org.channelport.platform.webhooks;

import static org.channelport.platform.persistence.H2Databases.inject;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.H2Databases;

/** The webhooks' outbox as the container wires it, on a test's entity manager, caller and clock (in development mode). */
public final class TestWebhooks {
    private TestWebhooks() {}

    public static Webhooks webhooks(EntityManager em, CurrentUser user, Clock clock) {
        var webhooks = new Webhooks();
        webhooks.em = em;
        webhooks.user = user;
        webhooks.clock = clock;
        webhooks.development = true;
        var audit = new AuditTrail();
        inject(audit, "em", em);
        inject(audit, "clock", clock);
        inject(audit, "security", H2Databases.callerNamed(user::name));
        webhooks.audit = audit;
        return webhooks;
    }
}
