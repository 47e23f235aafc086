package org.channelport.leads.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadAssignment;
import org.channelport.leads.domain.LeadDetails;
import org.channelport.leads.domain.LeadFacts;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.leads.domain.RoutingExplanations;
import org.channelport.leads.domain.RoutingRule;
import org.channelport.leads.domain.RoutingStrategy;
import org.channelport.leads.infrastructure.JpaLeadRepository;
import org.channelport.leads.infrastructure.JpaRoutingRuleRepository;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.Profiles;
import org.channelport.shared.ProductLine;
import org.channelport.platform.persistence.H2Databases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The leads mappings and every hand-written query (JPQL aggregates, the sweep's native claim, the tenancy-filtered
 * read side) on H2, the demo's database; the integration tests cover PostgreSQL. Rules L2, L5, L6, L9, L12.
 */
class LeadPersistenceOnH2Test {
    private static final String URL = "jdbc:h2:mem:leads;DB_CLOSE_DELAY=-1";
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static EntityManagerFactory factory;
    private EntityManager em;

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

    private Partner partner(String country) {
        var profile = Profiles.valid("H2 Partner " + UUID.randomUUID(), PartnerType.DISTRIBUTOR);
        var p = Partner.create(UUID.randomUUID(), new org.channelport.partners.domain.CompanyProfile(profile.companyName(),
                profile.type(), country, profile.region(), Set.of(ProductLine.NETWORKING), "H2-" + UUID.randomUUID(),
                profile.website(), profile.contactName(), profile.contactEmail(), profile.contactPhone()),
                PartnerTier.GOLD, CLOCK);
        em.getTransaction().begin();
        em.persist(p);
        em.getTransaction().commit();
        return p;
    }

    private static LeadDetails details(String company, String email, String country) {
        return new LeadDetails(company, "Grace Hopper", email, "+1 555 0100", "CIO", country, "North", "12345",
                ProductLine.NETWORKING, new BigDecimal("5000.00"), "USD", "h2", "n");
    }

    private RoutingData routingData() {
        var roster = new PartnerRoster();
        set(roster, "em", em);
        var rules = new JpaRoutingRuleRepository();
        set(rules, "em", em);
        var data = new RoutingData();
        data.em = em;
        data.roster = roster;
        data.rules = rules;
        data.clock = CLOCK;
        return data;
    }

    private JpaLeadRepository leads() {
        var leads = new JpaLeadRepository();
        set(leads, "em", em);
        return leads;
    }

    @Test
    void aLeadIsRoutedWithItsExplanationAndTheAggregatesReadItBack() {
        var country = "IS";
        var partner = partner(country);
        var rule = RoutingRule.create(new RoutingRule.RuleDefinition("Iceland " + UUID.randomUUID(), Set.of(country),
                Set.of(), List.of(), Set.of(), Set.of(), null, null, RoutingStrategy.BEST_SCORE, 5, 48, 72), 10, NOW);
        var lead = Lead.intake(UUID.randomUUID(), details("Reykjavik Data " + UUID.randomUUID(), null, country), "m", NOW);
        em.getTransaction().begin();
        em.persist(rule);
        em.persist(lead);
        em.getTransaction().commit();

        var data = routingData();
        var decision = data.router().route(new LeadFacts(lead.id(), country, null, null, ProductLine.NETWORKING,
                Set.of(), Set.of()), NOW);
        assertThat(decision.partnerId()).isEqualTo(partner.id());
        em.getTransaction().begin();
        var assignment = LeadAssignment.routed(lead.id(), decision, RoutingExplanations.toJson(decision), "m", NOW);
        em.persist(assignment);
        em.merge(lead).offer(assignment, Duration.ofHours(48), Duration.ofHours(12), 72);
        em.getTransaction().commit();
        em.clear();

        var stored = em.find(LeadAssignment.class, assignment.id());
        var explained = RoutingExplanations.fromJson(lead.id(), stored.explanationText());
        assertThat(explained.ruleName()).isEqualTo(rule.name());
        assertThat(explained.candidates()).anySatisfy(c -> assertThat(c.partnerId()).isEqualTo(partner.id()));
        assertThat(data.openLeads()).containsEntry(partner.id(), 1L);
        assertThat(data.performance(NOW.minus(Duration.ofDays(90)))).containsKey(partner.id());
        assertThat(data.candidates()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(partner.id());
            assertThat(c.openLeads()).isEqualTo(1);
            assertThat(c.lastOfferedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void theSweepClaimsExactlyTheLeadsPastADeadlineOnH2() {
        var partner = partner("FO");
        var due = Lead.intake(UUID.randomUUID(), details("Due " + UUID.randomUUID(), null, "FO"), "m", NOW);
        var notDue = Lead.intake(UUID.randomUUID(), details("Not due " + UUID.randomUUID(), null, "FO"), "m", NOW);
        em.getTransaction().begin();
        for (var lead : List.of(due, notDue)) {
            var a = LeadAssignment.manual(lead.id(), partner.id(), "P", "note", 48, "m", NOW);
            em.persist(lead);
            em.persist(a);
            lead.offer(a, Duration.ofHours(lead == due ? 1 : 100), Duration.ofMinutes(1), 72);
        }
        em.getTransaction().commit();

        em.getTransaction().begin();
        var claimed = leads().claimDue(NOW.plus(Duration.ofHours(2)), 100);
        var held = leads().claimHeldBy(List.of(partner.id()), 100);
        em.getTransaction().commit();
        assertThat(claimed).contains(due.id()).doesNotContain(notDue.id());
        assertThat(held).contains(due.id(), notDue.id());
    }

    @Test
    void theDatabaseRefusesASecondBrandLeadWithTheSameEmailOrCompany() {
        var email = "dup-" + UUID.randomUUID() + "@x.example";
        var company = "Dup Co " + UUID.randomUUID();
        em.getTransaction().begin();
        em.persist(Lead.intake(UUID.randomUUID(), details(company, email, "NO"), "m", NOW));
        em.getTransaction().commit();

        assertThat(leads().findDuplicate(email, null)).isPresent();
        assertThat(leads().findDuplicate(null, Lead.companyKey(company.toUpperCase() + " GmbH", "no"))).isPresent();
        assertThat(leads().existingKeys(List.of(email, "other@x.example"), List.of())).containsExactly(email);

        em.getTransaction().begin();
        em.persist(Lead.intake(UUID.randomUUID(), details("Other " + UUID.randomUUID(), email, "NO"), "m", NOW));
        assertThatThrownBy(() -> em.getTransaction().commit()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void exclusionsAndTheTenancyFilteredReadSide() {
        var a = partner("GL");
        var b = partner("GL");
        var lead = Lead.intake(UUID.randomUUID(), details("Nuuk " + UUID.randomUUID(), null, "GL"), "m", NOW);
        em.getTransaction().begin();
        em.persist(lead);
        var first = LeadAssignment.manual(lead.id(), a.id(), "A", "n", 48, "m", NOW);
        em.persist(first);
        first.end(AssignmentEnd.DECLINED, "no", NOW);
        var second = LeadAssignment.manual(lead.id(), b.id(), "B", "n", 48, "m", NOW);
        em.persist(second);
        lead.offer(second, Duration.ofHours(48), Duration.ofHours(12), 72);
        em.getTransaction().commit();

        assertThat(leads().excludedPartners(lead.id())).containsOnly(Map.entry(a.id(), AssignmentEnd.DECLINED));

        var asB = queries(b.id());
        var seen = asB.get(lead.id());
        assertThat(seen.getStatus()).isEqualTo(LeadStatus.OFFERED);
        assertThat(seen.isContactHidden()).isTrue();
        assertThat(seen.getContactEmail()).isNull();
        assertThat(seen.getContactName()).isNull();
        assertThat(asB.list(LeadFilter.none(), 0, 50).items()).extracting(LeadSummary::getId).contains(lead.id());
        assertThatThrownBy(() -> queries(a.id()).get(lead.id()))
                .isInstanceOfSatisfying(org.channelport.shared.DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(org.channelport.shared.DomainException.Kind.NOT_FOUND));
        assertThat(queries(a.id()).list(LeadFilter.none(), 0, 50).items()).extracting(LeadSummary::getId)
                .doesNotContain(lead.id());
        var asManager = queries(null);
        assertThat(asManager.get(lead.id()).getContactName()).isEqualTo("Grace Hopper");
        assertThat(asManager.get(lead.id()).getPartnerName()).isEqualTo(b.name());

        // L7 in the console's live explanation too: A declined, so A is passed over, never proposed.
        em.getTransaction().begin();
        em.persist(RoutingRule.create(new RoutingRule.RuleDefinition("Greenland " + UUID.randomUUID(), Set.of("GL"),
                Set.of(), List.of(), Set.of(), Set.of(), null, null, RoutingStrategy.ROUND_ROBIN, null, 48, 72), 5, NOW));
        em.getTransaction().commit();
        var explained = asManager.explainQueued(lead.id());
        assertThat(explained.getCandidates()).anySatisfy(c -> {
            assertThat(c.partnerId()).isEqualTo(a.id());
            assertThat(c.verdict()).isEqualTo(org.channelport.leads.domain.RoutingDecision.Verdict.DECLINED_BEFORE);
        });
        assertThat(explained.getPartnerId()).isNotEqualTo(a.id());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("L11: only a partner admin hands a lead it holds to an active colleague of its own partner")
    void aLeadIsHandedOnlyToAnActiveColleagueAndOnlyByAnAdmin() {
        var a = partner("SJ");
        var b = partner("SJ");
        var lead = Lead.intake(UUID.randomUUID(), details("Svalbard " + UUID.randomUUID(), null, "SJ"), "m", NOW);
        var colleague = org.channelport.partners.domain.PartnerUser.invite(a.id(), "rep-" + UUID.randomUUID(),
                "rep-" + UUID.randomUUID() + "@a.example", "Rita", "Rep", org.channelport.partners.domain.PartnerRole.USER,
                CLOCK);
        var stranger = org.channelport.partners.domain.PartnerUser.invite(b.id(), "other-" + UUID.randomUUID(),
                "other-" + UUID.randomUUID() + "@b.example", "Otto", "Other",
                org.channelport.partners.domain.PartnerRole.USER, CLOCK);
        em.getTransaction().begin();
        em.persist(colleague);
        em.persist(stranger);
        em.persist(lead);
        var offer = LeadAssignment.manual(lead.id(), a.id(), "A", "n", 48, "m", NOW);
        em.persist(offer);
        lead.offer(offer, Duration.ofHours(48), Duration.ofHours(12), 72);
        lead.accept(a.id(), "admin-a", NOW);
        em.getTransaction().commit();

        assertThatThrownBy(() -> inTransaction(() -> work(a.id(), false).assignTo(lead.id(), colleague.username())))
                .as("a partner user who is not an admin")
                .isInstanceOfSatisfying(org.channelport.shared.DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(org.channelport.shared.DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> inTransaction(() -> work(a.id(), true).assignTo(lead.id(), stranger.username())))
                .as("a user of another partner")
                .isInstanceOfSatisfying(org.channelport.shared.DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("assignee"));
        assertThatThrownBy(() -> inTransaction(() -> work(b.id(), true).assignTo(lead.id(), stranger.username())))
                .as("the admin of a partner that does not hold the lead")
                .isInstanceOfSatisfying(org.channelport.shared.DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(org.channelport.shared.DomainException.Kind.NOT_FOUND));
        em.clear();
        assertThat(em.find(Lead.class, lead.id()).assignedUser()).isEqualTo("admin-a");

        inTransaction(() -> work(a.id(), true).assignTo(lead.id(), colleague.email()));
        em.clear();
        assertThat(em.find(Lead.class, lead.id()).assignedUser()).isEqualTo(colleague.username());
    }

    private void inTransaction(Runnable work) {
        em.getTransaction().begin();
        try {
            work.run();
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    /** The work service as a person of this partner, an administrator or not. */
    private LeadWorkService work(UUID partnerId, boolean admin) {
        var user = new CurrentUser() {
            @Override public java.util.Optional<UUID> partnerId() { return java.util.Optional.of(partnerId); }
            @Override public boolean isPartnerAdmin() { return admin; }
            @Override public String name() { return admin ? "admin" : "user"; }
        };
        var roster = new PartnerRoster();
        set(roster, "em", em);
        var audit = new org.channelport.platform.audit.AuditTrail();
        set(audit, "em", em);
        set(audit, "clock", CLOCK);
        var work = new LeadWorkService();
        work.leads = leads();
        work.roster = roster;
        work.user = user;
        work.audit = audit;
        work.clock = CLOCK;
        return work;
    }

    /** The read side as a partner (partnerId) or, with null, as a channel manager. */
    private LeadQueries queries(UUID partnerId) {
        var user = new CurrentUser() {
            @Override public boolean seesAllPartners() { return partnerId == null; }
            @Override public boolean isChannelManager() { return partnerId == null; }
            @Override public java.util.Optional<UUID> partnerId() { return java.util.Optional.ofNullable(partnerId); }
        };
        var queries = new LeadQueries();
        queries.em = em;
        queries.user = user;
        var roster = new PartnerRoster();
        set(roster, "em", em);
        queries.roster = roster;
        queries.data = routingData();
        queries.leads = leads();
        queries.clock = CLOCK;
        return queries;
    }

    private static void set(Object target, String field, Object value) {
        H2Databases.inject(target, field, value);
    }
}
