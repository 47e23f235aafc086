package org.channelport.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.persistence.H2Databases;
import org.channelport.shared.DomainException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In-app notifications (issue 10) on the real schema: each person reads only their own, of their own organization;
 * unread counts, opening one, marking all read; texts in the reader's language; kept 90 days.
 */
class NotifierOnH2Test {
    private static EntityManagerFactory factory;
    private EntityManager em;
    private Instant now = Instant.parse("2026-12-05T09:00:00Z");
    private String me;
    private UUID myPartner;

    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    private final CurrentUser user = new CurrentUser() {
        @Override public String name() { return me; }
        @Override public Optional<UUID> partnerId() { return Optional.ofNullable(myPartner); }
    };

    @BeforeAll
    static void schema() {
        factory = H2Databases.migrated("jdbc:h2:mem:notify;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void entityManager() {
        em = factory.createEntityManager();
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    private Notifier notifier() {
        var n = new Notifier();
        n.em = em;
        n.user = user;
        n.clock = clock;
        return n;
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return H2Databases.inTransaction(em, work);
    }

    private void as(String name, UUID partner) {
        me = name;
        myPartner = partner;
    }

    private static AuditDetail offered(String company) {
        return AuditDetail.of("notification.lead.offered", AuditDetail.text(company));
    }

    @Test
    void eachPersonReadsOnlyTheirOwnOfTheirOwnOrganization() {
        var a = UUID.randomUUID();
        var b = UUID.randomUUID();
        var ada = "ada-" + a + "@a.example";
        var ali = "ali-" + a + "@a.example";
        var bea = "bea-" + b + "@b.example";
        tx(() -> {
            notifier().notify(List.of(ada, ali, ada), a, "lead", offered("Acme <script>x</script>"), "/portal/leads/");
            notifier().notify(List.of(bea), b, "lead", offered("Other Co"), "/portal/leads/");
            return null;
        });

        as(ada, a);
        var mine = notifier().mine(50);
        assertThat(mine).as("one each, though named twice").singleElement()
                .satisfies(n -> assertThat(n.recipient()).isEqualTo(ada));
        assertThat(notifier().unread()).isEqualTo(1);
        assertThat(AuditDetail.read(mine.get(0).text(), Locale.ENGLISH))
                .isEqualTo("New lead Acme <script>x</script>: accept or decline it");
        assertThat(AuditDetail.read(mine.get(0).text(), Locale.TRADITIONAL_CHINESE)).startsWith("新銷售線索 Acme");

        // Bea's notification is not Ada's to open, nor to see; the same user name in another organization reads nothing
        as(bea, b);
        var beas = notifier().mine(50).get(0).id();
        as(ada, a);
        assertThatThrownBy(() -> tx(() -> notifier().markRead(beas))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> tx(() -> notifier().markRead(null))).isInstanceOf(DomainException.class);
        as(bea, a);
        assertThat(notifier().mine(50)).as("Bea's name with A's organization").isEmpty();
        as(bea, b);
        assertThat(notifier().unread()).as("Bea's, unread still").isEqualTo(1);

        // opening marks read; marking all read leaves others' alone
        as(ada, a);
        var opened = tx(() -> notifier().markRead(mine.get(0).id()));
        assertThat(opened.link()).isEqualTo("/portal/leads/");
        assertThat(notifier().unread()).isZero();
        as(ali, a);
        assertThat(tx(() -> notifier().markAllRead())).isEqualTo(1);
        assertThat(notifier().unread()).isZero();
        as(bea, b);
        assertThat(notifier().unread()).isEqualTo(1);
    }

    @Test
    void notificationsAreKeptNinetyDays() {
        var a = UUID.randomUUID();
        var ada = "ada-" + a + "@a.example";
        tx(() -> {
            notifier().notify(List.of(ada), a, "deal", AuditDetail.of("notification.deal.approved",
                    AuditDetail.text("DR-1 · Old Co")), "/portal/deals/");
            return null;
        });
        as(ada, a);
        now = now.plus(Duration.ofDays(91));
        assertThat(notifier().mine(50)).as("older than 90 days, not listed").isEmpty();
        tx(() -> {
            notifier().notify(List.of(ada), a, "deal", AuditDetail.of("notification.deal.approved",
                    AuditDetail.text("DR-2 · New Co")), "/portal/deals/");
            return null;
        });
        assertThat(em.createQuery("select count(n) from Notification n where n.recipient = :r", Long.class)
                .setParameter("r", ada).getSingleResult()).as("the old one deleted when a new one came").isEqualTo(1);
        assertThat(notifier().mine(50)).singleElement().satisfies(n -> assertThat(n.text()).contains("New Co"));
    }
}
