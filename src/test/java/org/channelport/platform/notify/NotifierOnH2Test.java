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
        @Override public boolean isAuthenticated() { return me != null; }
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
        return TestNotifiers.notifier(em, user, clock);
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return H2Databases.inTransaction(em, work);
    }

    private void as(String name, UUID partner) {
        me = name;
        myPartner = partner;
    }

    /** People whose user name is their address, as partners' people are. */
    private static List<Recipient> people(String... names) {
        return java.util.Arrays.stream(names).map(n -> new Recipient(n, n)).toList();
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
            notifier().notify(people(ada, ali, ada), a, NotificationKind.LEAD_OFFER, offered("Acme <script>x</script>"),
                    "/portal/leads/", null);
            notifier().notify(people(bea), b, NotificationKind.LEAD_OFFER, offered("Other Co"), "/portal/leads/", null);
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
            notifier().notify(people(ada), a, NotificationKind.DEAL_DECISION, AuditDetail.of("notification.deal.approved",
                    AuditDetail.text("DR-1 · Old Co")), "/portal/deals/", null);
            return null;
        });
        as(ada, a);
        now = now.plus(Duration.ofDays(91));
        assertThat(notifier().mine(50)).as("older than 90 days, not listed").isEmpty();
        tx(() -> {
            notifier().notify(people(ada), a, NotificationKind.DEAL_DECISION, AuditDetail.of("notification.deal.approved",
                    AuditDetail.text("DR-2 · New Co")), "/portal/deals/", null);
            return null;
        });
        assertThat(em.createQuery("select count(n) from Notification n where n.recipient = :r", Long.class)
                .setParameter("r", ada).getSingleResult()).as("the old one deleted when a new one came").isEqualTo(1);
        assertThat(notifier().mine(50)).singleElement().satisfies(n -> assertThat(n.text()).contains("New Co"));
    }

    // ---------------------------------------------------------------- mail as each person chose (issue 10)

    private static Mail approvedMail(String title) {
        return Mail.of(AuditDetail.of("mail.deal.approved.subject", AuditDetail.text(title)),
                AuditDetail.of("mail.deal.approved.body", AuditDetail.text(title), AuditDetail.text("2027-03-04")));
    }

    private List<String[]> mailsTo(String address) {
        return em.createQuery("select m.subject, m.bodyText from OutboxMail m where m.recipient = :r order by m.createdAt",
                Object[].class).setParameter("r", address).getResultList().stream()
                .map(r -> new String[]{(String) r[0], (String) r[1]}).toList();
    }

    private void choose(String name, UUID partner, java.util.Locale language, String zone,
                        java.util.Map<NotificationKind, Delivery> deliveries) {
        as(name, partner);
        tx(() -> {
            TestNotifiers.settings(em, user, clock).save(language, ZoneId.of(zone), deliveries);
            return null;
        });
    }

    @Test
    void eachPersonIsMailedAsTheyChoseInTheirLanguageAndTheContactWithoutAccountInEnglish() {
        var a = UUID.randomUUID();
        var ada = "ada-" + a + "@a.example";   // chose nothing: mailed at once, in English
        var ali = "ali-" + a + "@a.example";   // Traditional Chinese, decisions at once
        var amy = "amy-" + a + "@a.example";   // decisions in a daily digest
        var ann = "ann-" + a + "@a.example";   // no mail for decisions
        var contact = "contact-" + a + "@a.example";
        choose(ali, a, java.util.Locale.TRADITIONAL_CHINESE, "Asia/Taipei", java.util.Map.of());
        choose(amy, a, java.util.Locale.ENGLISH, "Europe/Berlin", java.util.Map.of(NotificationKind.DEAL_DECISION,
                Delivery.DAILY_DIGEST));
        choose(ann, a, java.util.Locale.ENGLISH, "UTC", java.util.Map.of(NotificationKind.DEAL_DECISION, Delivery.NONE,
                NotificationKind.LEAD_OFFER, Delivery.DAILY_DIGEST));

        tx(() -> {
            var to = new java.util.ArrayList<>(people(ada, ali, amy, ann));
            to.add(Recipient.addressOnly(contact));
            notifier().notify(to, a, NotificationKind.DEAL_DECISION, AuditDetail.of("notification.deal.approved",
                    AuditDetail.text("DR-7 · Acme")), "/portal/deals/deal.xhtml?id=7", approvedMail("DR-7 (Acme\r\nBcc: x@evil.example)"));
            return null;
        });

        assertThat(mailsTo(ada)).singleElement().satisfies(m -> {
            assertThat(m[0]).as("a subject is one line whatever a name holds")
                    .isEqualTo("Deal registration approved: DR-7 (Acme Bcc: x@evil.example)");
            assertThat(m[1]).contains("protected for this opportunity until 2027-03-04")
                    .contains(TestNotifiers.BASE_URL + "/portal/deals/deal.xhtml?id=7")
                    .contains(TestNotifiers.BASE_URL + Notifier.SETTINGS_PAGE);
        });
        assertThat(mailsTo(ali)).singleElement().satisfies(m -> {
            assertThat(m[0]).startsWith("商機登錄已核准");
            assertThat(m[1]).contains("保護期至 2027-03-04");
        });
        assertThat(mailsTo(amy)).as("waits for the digest").isEmpty();
        assertThat(mailsTo(ann)).as("chose no mail for decisions").isEmpty();
        assertThat(mailsTo(contact)).as("the contact without an account: at once, in English, no settings link")
                .singleElement().satisfies(m -> assertThat(m[1]).doesNotContain(Notifier.SETTINGS_PAGE));
        for (var person : List.of(ada, ali, amy, ann)) {
            as(person, a);
            assertThat(notifier().mine(10)).as("%s's list has the event however it is mailed", person).hasSize(1);
        }
        assertThat(em.createQuery("select count(n) from Notification n where n.recipient = :r", Long.class)
                .setParameter("r", contact).getSingleResult()).as("no list for an address without an account").isZero();
    }

    @Test
    void aMomentInAMailIsWrittenInTheRecipientsTimeZone() {
        var a = UUID.randomUUID();
        var ada = "ada-" + a + "@a.example";   // chose nothing: UTC
        var ali = "ali-" + a + "@a.example";   // Asia/Taipei, Traditional Chinese
        choose(ali, a, java.util.Locale.TRADITIONAL_CHINESE, "Asia/Taipei", java.util.Map.of());
        var due = java.time.Instant.parse("2026-12-06T09:00:00Z");
        tx(() -> {
            notifier().notify(people(ada, ali), a, NotificationKind.LEAD_OFFER,
                    AuditDetail.of("notification.lead.offered", AuditDetail.text("Acme")), "/portal/leads/lead.xhtml?id=1",
                    Mail.of(AuditDetail.of("mail.lead.offered.subject", AuditDetail.text("Acme")),
                            AuditDetail.of("mail.lead.answerBy", AuditDetail.instant(due))));
            return null;
        });
        assertThat(mailsTo(ada)).singleElement().satisfies(m -> assertThat(m[1])
                .contains(org.channelport.platform.web.Formats.dateTime(due, java.util.Locale.ENGLISH, java.time.ZoneOffset.UTC))
                .contains("9:00").contains("UTC"));
        assertThat(mailsTo(ali)).singleElement().satisfies(m -> assertThat(m[1])
                .contains(org.channelport.platform.web.Formats.dateTime(due, java.util.Locale.TRADITIONAL_CHINESE,
                        ZoneId.of("Asia/Taipei")))
                .contains("5:00").contains("GMT+8").doesNotContain("UTC"));
    }

    @Test
    void theDailyDigestGoesOutOnceADayFromSevenInThePersonsZoneAndLanguage() {
        var a = UUID.randomUUID();
        var mei = "mei-" + a + "@a.example";
        choose(mei, a, java.util.Locale.SIMPLIFIED_CHINESE, "Asia/Shanghai", java.util.Map.of(
                NotificationKind.DEAL_DECISION, Delivery.DAILY_DIGEST, NotificationKind.LEAD_OFFER, Delivery.DAILY_DIGEST));
        now = Instant.parse("2026-12-05T20:00:00Z"); // 04:00 on the 6th in Shanghai
        tx(() -> {
            notifier().notify(people(mei), a, NotificationKind.DEAL_DECISION, AuditDetail.of("notification.deal.approved",
                    AuditDetail.text("DR-8 · Shanghai Co")), "/portal/deals/deal.xhtml?id=8", approvedMail("DR-8"));
            notifier().notify(people(mei), a, NotificationKind.LEAD_OFFER, offered("Pudong Ltd"), "/portal/leads/", approvedMail("x"));
            return null;
        });
        assertThat(tx(() -> TestNotifiers.digest(em, clock).sweepBatch()).digests()).as("before 07:00 local").isZero();

        now = Instant.parse("2026-12-05T23:05:00Z"); // 07:05 on the 6th in Shanghai
        var sent = tx(() -> TestNotifiers.digest(em, clock).sweepBatch());
        assertThat(sent.digests()).isEqualTo(1);
        assertThat(sent.notifications()).isEqualTo(2);
        assertThat(mailsTo(mei)).singleElement().satisfies(m -> {
            assertThat(m[0]).isEqualTo("您的 Channelport 通知：2 条");
            assertThat(m[1]).contains("DR-8 · Shanghai Co").contains("新销售线索 Pudong Ltd")
                    .contains(TestNotifiers.BASE_URL + "/portal/deals/deal.xhtml?id=8")
                    .contains(TestNotifiers.BASE_URL + Notifier.SETTINGS_PAGE);
        });
        assertThat(tx(() -> TestNotifiers.digest(em, clock).sweepBatch()).digests()).as("nothing left").isZero();

        // a later event the same local day waits for tomorrow's digest
        now = Instant.parse("2026-12-06T03:00:00Z");
        tx(() -> {
            notifier().notify(people(mei), a, NotificationKind.DEAL_DECISION, AuditDetail.of("notification.deal.rejected",
                    AuditDetail.text("DR-9 · Later Co")), "/portal/deals/deal.xhtml?id=9", approvedMail("DR-9"));
            return null;
        });
        assertThat(tx(() -> TestNotifiers.digest(em, clock).sweepBatch()).digests()).as("one digest a day").isZero();
        now = Instant.parse("2026-12-06T23:01:00Z"); // 07:01 on the 7th
        assertThat(tx(() -> TestNotifiers.digest(em, clock).sweepBatch()).digests()).isEqualTo(1);
        assertThat(mailsTo(mei)).hasSize(2).last().satisfies(m -> assertThat(m[1]).contains("DR-9 · Later Co")
                .doesNotContain("DR-8"));
    }

    @Test
    void settingsAreThePersonsOwnAuditedAndUnchangedSavesRecordNothing() {
        var a = UUID.randomUUID();
        var ida = "ida-" + a + "@a.example";
        choose(ida, a, java.util.Locale.TRADITIONAL_CHINESE, "Asia/Taipei",
                java.util.Map.of(NotificationKind.DEAL_EXPIRY, Delivery.NONE));
        choose(ida, a, java.util.Locale.TRADITIONAL_CHINESE, "Asia/Taipei",
                java.util.Map.of(NotificationKind.DEAL_EXPIRY, Delivery.NONE));
        as(ida, a);
        var mine = TestNotifiers.settings(em, user, clock).mine().orElseThrow();
        assertThat(mine.locale()).isEqualTo(java.util.Locale.TRADITIONAL_CHINESE);
        assertThat(mine.zone()).contains(ZoneId.of("Asia/Taipei"));
        assertThat(mine.deliveries()).containsEntry(NotificationKind.DEAL_EXPIRY, Delivery.NONE)
                .containsEntry(NotificationKind.LEAD_OFFER, Delivery.IMMEDIATELY);
        assertThat(em.createQuery("select e.actor, e.partnerId, e.action from AuditEntry e where e.subjectId = :me",
                Object[].class).setParameter("me", ida).getResultList())
                .as("one entry: the second save changed nothing").singleElement()
                .satisfies(e -> assertThat(e).containsExactly(ida, a, "settingsChanged"));

        var other = "other-" + a + "@a.example";
        as(other, a);
        assertThat(TestNotifiers.settings(em, user, clock).mine()).as("another person's settings are not theirs").isEmpty();
        // the top bar's language switch keeps the language of the person's mails, once per change, audited
        tx(() -> {
            TestNotifiers.settings(em, user, clock).rememberLanguage(java.util.Locale.SIMPLIFIED_CHINESE);
            TestNotifiers.settings(em, user, clock).rememberLanguage(java.util.Locale.SIMPLIFIED_CHINESE);
            TestNotifiers.settings(em, user, clock).rememberLanguage(java.util.Locale.GERMAN);
            return null;
        });
        assertThat(TestNotifiers.settings(em, user, clock).mine()).get()
                .satisfies(s -> assertThat(s.locale()).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(em.createQuery("select count(e) from AuditEntry e where e.subjectId = :me and e.action = "
                + "'languageChanged'", Long.class).setParameter("me", other).getSingleResult())
                .as("one entry for one change; a language the product does not speak is ignored").isEqualTo(1);
        as(null, null);
        tx(() -> {
            TestNotifiers.settings(em, user, clock).rememberLanguage(java.util.Locale.TRADITIONAL_CHINESE);
            return null;
        });
        assertThat(em.createQuery("select count(s) from PersonSettings s where s.username = 'anonymous'", Long.class)
                .getSingleResult()).as("a visitor's switch stores nothing").isZero();
        assertThat(PersonSettings.zone("Mars/Olympus")).isEmpty();
        assertThat(PersonSettings.zone("Asia/Taipei\n")).contains(ZoneId.of("Asia/Taipei"));
        assertThat(PersonSettings.language("fr")).isEmpty();
        assertThat(PersonSettings.language("zh-CN")).contains(java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
