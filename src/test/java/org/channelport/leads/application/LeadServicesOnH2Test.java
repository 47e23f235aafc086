package org.channelport.leads.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.leads.domain.RoutingRule;
import org.channelport.leads.domain.RoutingStrategy;
import org.channelport.leads.infrastructure.JpaLeadRepository;
import org.channelport.leads.infrastructure.JpaRoutingRuleRepository;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerRole;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.PartnerUser;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;
import org.channelport.platform.persistence.H2Databases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The leads services wired as CDI wires them, on H2 with EclipseLink outside the server: intake, routing, the mails
 * it queues and the sweep. Rules L3, L13 and L15, which the integration tests otherwise only met over HTTP; those
 * keep the channels' boundaries and one happy path each.
 */
class LeadServicesOnH2Test {
    private static final String URL = "jdbc:h2:mem:leadservices;DB_CLOSE_DELAY=-1";
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private static EntityManagerFactory factory;
    private EntityManager em;
    private Instant now = START;
    /** The caller: a partner, or null for the ERP (which sees every partner). */
    private UUID caller;
    /** With no partner calling: a channel manager rather than the ERP. */
    private boolean managerCalls;

    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    private final CurrentUser user = new CurrentUser() {
        @Override public Optional<UUID> partnerId() { return Optional.ofNullable(caller); }
        @Override public boolean seesAllPartners() { return caller == null; }
        @Override public boolean isChannelManager() { return caller == null && managerCalls; }
        @Override public String name() { return caller == null ? "erp" : "user-" + caller; }
    };

    private final SecurityContext security = H2Databases.callerNamed(() -> user.name());

    @BeforeAll
    static void schema() {
        factory = org.channelport.platform.persistence.H2Databases.migrated(URL);
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

    // ---- wiring (what CDI does in the server) ----

    private JpaLeadRepository repository() {
        var leads = new JpaLeadRepository();
        set(leads, "em", em);
        return leads;
    }

    private PartnerRoster roster() {
        var roster = new PartnerRoster();
        set(roster, "em", em);
        return roster;
    }

    private AuditTrail audit() {
        var audit = new AuditTrail();
        set(audit, "em", em);
        set(audit, "clock", clock);
        set(audit, "security", security);
        return audit;
    }

    private LeadRouting routing() {
        var rules = new JpaRoutingRuleRepository();
        set(rules, "em", em);
        var data = new RoutingData();
        data.em = em;
        data.roster = roster();
        data.rules = rules;
        data.clock = clock;
        var notifications = new LeadNotifications();
        notifications.roster = roster();
        set(notifications, "notifier", org.channelport.platform.notify.TestNotifiers.notifier(em, user, clock));
        var routing = new LeadRouting();
        routing.leads = repository();
        routing.data = data;
        routing.audit = audit();
        routing.notifications = notifications;
        routing.clock = clock;
        routing.reminderHoursBefore = 12;
        return routing;
    }

    private LeadIntakeService intake() {
        var intake = new LeadIntakeService();
        intake.leads = repository();
        intake.routing = routing();
        intake.user = user;
        intake.audit = audit();
        intake.clock = clock;
        return intake;
    }

    private LeadSweepService sweep() {
        var sweep = new LeadSweepService();
        var routing = routing();
        sweep.leads = repository();
        sweep.routing = routing;
        sweep.notifications = routing.notifications;
        sweep.audit = audit();
        sweep.roster = roster();
        sweep.clock = clock;
        return sweep;
    }

    private <T> T tx(Supplier<T> work) {
        return H2Databases.inTransaction(em, work);
    }

    // ---- data ----

    /** An active partner selling networking in the country, with one administrator. */
    private Partner partner(String country, String admin) {
        var p = Partner.create(UUID.randomUUID(), new CompanyProfile("H2 Services " + UUID.randomUUID(),
                PartnerType.DISTRIBUTOR, country, "North", Set.of(ProductLine.NETWORKING), "H2-" + UUID.randomUUID(),
                "https://partner.example", "Pat Partner", "contact-" + UUID.randomUUID() + "@partner.example",
                "+1 555 0100"), PartnerTier.GOLD, clock);
        return tx(() -> {
            em.persist(p);
            em.persist(PartnerUser.invite(p.id(), admin, admin, "Ada", "Admin", PartnerRole.ADMIN, clock));
            return p;
        });
    }

    private void rule(String country) {
        tx(() -> {
            em.persist(RoutingRule.create(new RoutingRule.RuleDefinition("H2 " + country + " " + UUID.randomUUID(),
                    Set.of(country), Set.of(), List.of(), Set.of(), Set.of(), null, null, RoutingStrategy.BEST_SCORE,
                    null, 48, 72), 10, now));
            return null;
        });
    }

    private static NewLeadCommand lead(String company, String country) {
        return new NewLeadCommand(company, "Grace Hopper", null, "+1 555 0100", "CIO", country, "North", "12345",
                ProductLine.NETWORKING, new BigDecimal("5000.00"), "USD", "h2", null);
    }

    private Lead stored(UUID id) {
        em.clear();
        return em.find(Lead.class, id);
    }

    private List<String> mailsTo(String address) {
        return em.createQuery("select m.subject from OutboxMail m where m.recipient = :to", String.class).setParameter("to", address).getResultList();
    }

    // ---- L3 ----

    @Test
    void aLeadAPartnerRegistersIsItsOwnAtOnceAndNeverRoutedNorRecalled() {
        var country = "MT";
        var partner = partner(country, "l3-" + UUID.randomUUID() + "@partner.example");
        // a second partner and a rule for the country: a brand lead here would be routed, this one must not be
        partner(country, "l3-other-" + UUID.randomUUID() + "@partner.example");
        rule(country);
        caller = partner.id();

        var id = tx(() -> intake().create(lead("Valletta Own " + UUID.randomUUID(), country)));

        var lead = stored(id);
        assertThat(lead.status()).isEqualTo(LeadStatus.ACCEPTED);
        assertThat(lead.partnerId()).isEqualTo(partner.id());
        assertThat(lead.currentAssignmentId()).as("never routed: no offer").isNull();

        now = now.plus(Duration.ofDays(60));
        caller = null;
        tx(() -> sweep().sweepBatch());

        assertThat(stored(id).partnerId()).as("never recalled").isEqualTo(partner.id());
        assertThat(stored(id).status()).isEqualTo(LeadStatus.ACCEPTED);
        assertThat(em.createQuery("select count(a) from LeadAssignment a where a.leadId = :id", Long.class)
                .setParameter("id", id).getSingleResult()).isZero();
    }

    // ---- L13 ----

    @Test
    void offersGoToThePartnersAdministratorsThroughTheOutboxOneDigestPerBatch() {
        var country = "CY";
        var admin = "l13-" + UUID.randomUUID() + "@partner.example";
        partner(country, admin);
        rule(country);
        caller = null;

        tx(() -> intake().create(lead("Nicosia One " + UUID.randomUUID(), country)));
        assertThat(mailsTo(admin)).singleElement().satisfies(s -> assertThat(s).startsWith("New lead: Nicosia One"));

        tx(() -> intake().createAll(List.of(lead("Limassol A " + UUID.randomUUID(), country),
                lead("Limassol B " + UUID.randomUUID(), country), lead("Limassol C " + UUID.randomUUID(), country))));
        assertThat(mailsTo(admin)).hasSize(2).contains("3 new leads for your organization");
    }

    @Test
    void aLeadWhoseTransactionFailsQueuesNoMail() {
        var country = "LU";
        var admin = "l13-rollback-" + UUID.randomUUID() + "@partner.example";
        partner(country, admin);
        rule(country);
        caller = null;

        em.getTransaction().begin();
        intake().create(lead("Rolled Back " + UUID.randomUUID(), country));
        em.getTransaction().rollback();
        em.clear();

        assertThat(mailsTo(admin)).as("the mail is part of the change's transaction").isEmpty();
    }

    // ---- L15 ----

    @Test
    void theOpenLeadsOfASuspendedPartnerAreRecalledAndRoutedAgain() {
        var country = "EE";
        var first = partner(country, "l15-a-" + UUID.randomUUID() + "@partner.example");
        var second = partner(country, "l15-b-" + UUID.randomUUID() + "@partner.example");
        rule(country);
        caller = null;
        var ids = tx(() -> List.of(intake().create(lead("Tallinn A " + UUID.randomUUID(), country)),
                intake().create(lead("Tallinn B " + UUID.randomUUID(), country))));
        var held = ids.stream().map(this::stored).filter(l -> l.partnerId() != null).toList();
        assertThat(held).hasSize(2);
        var suspended = held.get(0).partnerId();
        var remaining = suspended.equals(first.id()) ? second.id() : first.id();

        tx(() -> {
            em.find(Partner.class, suspended).suspend("contract ended", clock);
            return null;
        });
        var result = tx(() -> sweep().sweepBatch());

        var heldBySuspended = held.stream().filter(l -> l.partnerId().equals(suspended)).count();
        assertThat(result.recalled()).isEqualTo((int) heldBySuspended);
        assertThat(ids).allSatisfy(id -> assertThat(stored(id).partnerId()).isEqualTo(remaining));
        assertThat(ids).allSatisfy(id -> assertThat(stored(id).status()).isEqualTo(LeadStatus.OFFERED));
    }

    // ---- the attention home's queries (issue 10) ----

    private LeadQueries queries() {
        var queries = new LeadQueries();
        set(queries, "em", em);
        set(queries, "user", user);
        set(queries, "roster", roster());
        return queries;
    }

    private LeadWorkService work() {
        var work = new LeadWorkService();
        set(work, "leads", repository());
        set(work, "routing", routing());
        set(work, "roster", roster());
        set(work, "user", user);
        set(work, "audit", audit());
        set(work, "clock", clock);
        return work;
    }

    @Test
    void theHomesQueriesFindOffersFollowUpsAndRecallsOfTheCallersOwnOrganizationOnly() {
        var a = partner("LV", "home-a-" + UUID.randomUUID() + "@partner.example");
        rule("LV");
        var b = partner("LT", "home-b-" + UUID.randomUUID() + "@partner.example");
        rule("LT");
        caller = null;
        var offered = tx(() -> intake().create(lead("Riga Offer " + UUID.randomUUID(), "LV")));
        var accepted = tx(() -> intake().create(lead("Riga Accepted " + UUID.randomUUID(), "LV")));
        var othersOffer = tx(() -> intake().create(lead("Vilnius Offer " + UUID.randomUUID(), "LT")));
        var offeredAt = now;
        caller = a.id();
        tx(() -> {
            work().accept(accepted);
            return null;
        });

        // offers are always listed; an accepted lead once its follow-up (72 h) is due by then
        assertThat(tx(() -> queries().dueBy(now.plus(Duration.ofHours(1)), 50))).extracting(LeadSummary::getId)
                .containsExactly(offered);
        assertThat(tx(() -> queries().dueBy(now.plus(Duration.ofHours(73)), 50))).extracting(LeadSummary::getId)
                .containsExactlyInAnyOrder(offered, accepted);
        assertThat(tx(() -> queries().offeredBetween(offeredAt, now.plusSeconds(1)))).isEqualTo(2);
        assertThat(tx(() -> queries().offeredBetween(offeredAt.minus(Duration.ofDays(30)), offeredAt)))
                .as("the month before").isZero();
        assertThatThrownBy(() -> tx(() -> queries().slaRecallsSince(offeredAt))).as("a partner asking for recalls")
                .isInstanceOf(DomainException.class);

        caller = b.id();
        assertThat(tx(() -> queries().dueBy(now.plus(Duration.ofHours(73)), 50))).extracting(LeadSummary::getId)
                .containsExactly(othersOffer);
        assertThat(tx(() -> queries().offeredBetween(offeredAt, now.plusSeconds(1)))).isEqualTo(1);

        // the 48 h to accept run out: the sweep recalls both open offers (and other tests' offers of this database),
        // and the managers' count grows by what it recalled
        caller = null;
        managerCalls = true;
        var before = tx(() -> queries().slaRecallsSince(offeredAt));
        now = now.plus(Duration.ofHours(49));
        managerCalls = false;
        var swept = tx(() -> sweep().sweepBatch());
        assertThat(em.createQuery("select count(a) from LeadAssignment a where a.leadId in :ours and a.endReason = "
                        + "org.channelport.leads.domain.AssignmentEnd.RECALLED_NOT_ACCEPTED", Long.class)
                .setParameter("ours", List.of(offered, othersOffer)).getSingleResult()).as("our two offers recalled")
                .isEqualTo(2);
        managerCalls = true;
        assertThat(tx(() -> queries().slaRecallsSince(offeredAt))).isEqualTo(before + swept.recalled());
        assertThat(tx(() -> queries().slaRecallsSince(now.plusSeconds(1)))).as("none after the sweep").isZero();
        managerCalls = false;
    }

    private static void set(Object target, String field, Object value) {
        H2Databases.inject(target, field, value);
    }
}
