package org.channelport.deals.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.channelport.deals.domain.ConflictLevel;
import org.channelport.deals.domain.DealConflict;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.MatchKind;
import org.channelport.deals.infrastructure.DealLocks;
import org.channelport.deals.infrastructure.JpaDealRegistrationRepository;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadDetails;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.partners.domain.CompanyProfile;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.Profiles;
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
 * The deals services, repository and read side on H2, the demo's database, with EclipseLink outside the server: the
 * mappings, the native conflict search with trigrams in Java, the lock rows, the sweep's claim, filters and totals.
 * Rules D1, D2, D3, D5, D6, D7, D9, D10, D11 and D12. The integration tests cover PostgreSQL and the channels.
 */
class DealServicesOnH2Test {
    private static final String URL = "jdbc:h2:mem:deals;DB_CLOSE_DELAY=-1";
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private static EntityManagerFactory factory;
    private EntityManager em;
    /** Moves on by a millisecond at every reading, so that the history keeps its order. */
    private Clock clock = ticking(NOW);
    /** Who calls: a partner id, or null for the channel manager named {@link #manager}. */
    private UUID caller;
    private String manager = "manager";

    private static Clock ticking(Instant start) {
        return new Clock() {
            private Instant next = start;

            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public synchronized Instant instant() {
                next = next.plusMillis(1);
                return next;
            }
        };
    }

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

    private final CurrentUser user = new CurrentUser() {
        @Override public Optional<UUID> partnerId() { return Optional.ofNullable(caller); }
        @Override public boolean seesAllPartners() { return caller == null; }
        @Override public boolean isChannelManager() { return caller == null; }
        @Override public String name() { return caller == null ? manager : "user-" + caller; }
    };

    private final SecurityContext security = H2Databases.callerNamed(() -> user.name());

    private JpaDealRegistrationRepository repository() {
        var repository = new JpaDealRegistrationRepository();
        set(repository, "em", em);
        var openLeads = new org.channelport.leads.application.OpenLeadKeys();
        set(openLeads, "em", em);
        set(repository, "openLeads", openLeads);
        set(repository, "locks", new DealLocks() {
            @Override public void create(String scope) {
                var own = factory.createEntityManager();
                own.getTransaction().begin();
                own.createNativeQuery("insert into deal_conflict_lock (scope) values (?1)").setParameter(1, scope)
                        .executeUpdate();
                own.getTransaction().commit();
                own.close();
            }
        });
        return repository;
    }

    private DealSettings settings() {
        var s = new DealSettings();
        s.protectionDaysText = "REGISTERED:60,SILVER:90,GOLD:120,PLATINUM:120";
        s.currenciesText = "USD:250000,EUR:250000";
        s.exactPolicy = "REFUSE";
        s.nameSimilarity = 0.6;
        s.reminderDaysBefore = 14;
        s.extensionDays = 30;
        s.authorityText = "*:10,manager:15,director:40";
        s.attachmentMaxBytes = 1024;
        s.read();
        return s;
    }

    private AuditTrail audit() {
        var audit = new AuditTrail();
        set(audit, "em", em);
        set(audit, "clock", clock);
        set(audit, "security", security);
        return audit;
    }

    private PartnerRoster roster() {
        var roster = new PartnerRoster();
        set(roster, "em", em);
        return roster;
    }

    private DealRegistrationService registrations() {
        var s = new DealRegistrationService();
        s.deals = repository();
        s.settings = settings();
        s.user = user;
        s.audit = audit();
        s.clock = clock;
        s.notifications = review().notifications;
        s.conflicts = conflicts();
        var leads = new org.channelport.leads.application.LeadQueries();
        set(leads, "em", em);
        set(leads, "user", user);
        set(leads, "roster", roster());
        s.leads = leads;
        return s;
    }

    private ConflictCheck conflicts() {
        var check = new ConflictCheck();
        check.deals = repository();
        check.settings = settings();
        return check;
    }

    private DealAttachmentService attachmentService() {
        var s = new DealAttachmentService();
        s.deals = repository();
        s.settings = settings();
        s.user = user;
        s.audit = audit();
        s.clock = clock;
        return s;
    }

    private DealReviewService review() {
        var s = new DealReviewService();
        s.deals = repository();
        s.settings = settings();
        s.roster = roster();
        var notifications = new DealNotifications();
        notifications.roster = roster();
        set(notifications, "notifier", org.channelport.platform.notify.TestNotifiers.notifier(em, user, clock));
        s.notifications = notifications;
        s.conflicts = conflicts();
        s.user = user;
        s.audit = audit();
        s.clock = clock;
        return s;
    }

    private DealSweepService sweep() {
        var s = new DealSweepService();
        s.deals = repository();
        s.settings = settings();
        s.notifications = review().notifications;
        s.audit = audit();
        s.clock = clock;
        return s;
    }

    private DealQueries queries() {
        var q = new DealQueries();
        q.em = em;
        q.user = user;
        q.roster = roster();
        q.deals = repository();
        q.audit = audit();
        var leads = new org.channelport.leads.application.LeadQueries();
        set(leads, "em", em);
        set(leads, "user", user);
        set(leads, "roster", roster());
        q.leads = leads;
        return q;
    }

    private <T> T tx(Supplier<T> work) {
        return H2Databases.inTransaction(em, work);
    }

    private void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    private UUID partner(String country, PartnerTier tier) {
        var profile = Profiles.valid("Deal Partner " + UUID.randomUUID(), PartnerType.DISTRIBUTOR);
        var p = Partner.create(UUID.randomUUID(), new CompanyProfile(profile.companyName(), profile.type(), country,
                profile.region(), Set.of(ProductLine.NETWORKING), "DP-" + UUID.randomUUID(), profile.website(),
                profile.contactName(), "admin-" + UUID.randomUUID() + "@partner.example", profile.contactPhone()),
                tier, clock);
        run(() -> em.persist(p));
        return p.id();
    }

    private static DealCommand deal(String company, String domain, String taxId, String country, String line,
                                    String amount) {
        return new DealCommand(company, domain, country, "North", taxId, "Ada", "ada@customer.example", null,
                List.of(new DealCommand.Line(line, "kit", new BigDecimal(amount))), "USD", TODAY.plusDays(40),
                "PROPOSAL", null, null);
    }

    private DealRegistrationService.Submission register(UUID partner, DealCommand command) {
        caller = partner;
        return tx(() -> registrations().register(command, null));
    }

    private DealStatus approve(UUID id, String by) {
        caller = null;
        manager = by;
        return tx(() -> review().approve(id, null));
    }

    // ---- tests ----

    @Test
    void d3_aSimilarNameInTheSameCountryWithASharedProductLineIsHeldAndOnlyManagersSeeWithWhom() {
        var a = partner("IS", PartnerTier.GOLD);
        var b = partner("IS", PartnerTier.GOLD);
        var first = register(a, deal("Reykjavik Fisheries hf", null, null, "IS", "NETWORKING", "1000"));
        assertThat(first.status()).isEqualTo(DealStatus.SUBMITTED);
        assertThat(first.possibleConflict()).isFalse();

        var second = register(b, deal("REYKJAVIK FISHERIES", null, null, "IS", "NETWORKING", "2000"));
        assertThat(second.status()).isEqualTo(DealStatus.HELD);
        assertThat(second.possibleConflict()).isTrue();
        assertThat(register(b, deal("Reykjavik Fisheries", null, null, "NO", "NETWORKING", "1")).status())
                .as("another country").isEqualTo(DealStatus.SUBMITTED);
        assertThat(register(b, deal("Reykjavik Fisheries", null, null, "IS", "STORAGE", "1")).status())
                .as("no shared product line").isEqualTo(DealStatus.SUBMITTED);
        assertThat(register(b, deal("Akureyri Fisheries", null, null, "IS", "NETWORKING", "1")).status())
                .as("a different name").isEqualTo(DealStatus.SUBMITTED);

        caller = b;
        var seenByB = queries().get(second.id());
        assertThat(seenByB.getSummary().isPossibleConflict()).isTrue();
        assertThat(seenByB.getSummary().getPartnerName()).isNull();
        assertThatThrownBy(() -> queries().get(first.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> queries().conflicts(second.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(queries().history(second.id())).extracting(h -> h.getDetail())
                .containsExactly(null, "possible conflict: held for review");

        caller = null;
        var conflicts = queries().conflicts(second.id());
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).getOtherId()).isEqualTo(first.id());
        assertThat(conflicts.get(0).getMatch()).isEqualTo(MatchKind.NAME);
        assertThat(conflicts.get(0).getPartnerName()).startsWith("Deal Partner ");
        // "hf" (Icelandic for Ltd.) is not among the legal suffixes removed: a similar name, not the same one.
        assertThat(conflicts.get(0).getSimilarity()).isBetween(new BigDecimal("0.6"), new BigDecimal("0.99"));
    }

    @Test
    void d3_anotherPartnersOpenLeadWithASimilarNameConflicts() {
        var a = partner("LU", PartnerTier.SILVER);
        var b = partner("LU", PartnerTier.SILVER);
        var lead = Lead.sourcedBy(UUID.randomUUID(), a, new LeadDetails("Luxembourg Steel S.A.", null, null, null,
                null, "LU", null, null, ProductLine.SECURITY, null, null, null, null), "a", NOW);
        var leads = new org.channelport.leads.infrastructure.JpaLeadRepository();
        set(leads, "em", em);
        run(() -> leads.add(lead));
        var own = register(a, deal("Luxembourg Steel", null, null, "LU", "SECURITY", "10"));
        assertThat(own.status()).as("its own lead is no conflict").isEqualTo(DealStatus.SUBMITTED);
        var other = register(b, deal("Luxembourg Steel Sarl", null, null, "LU", "SECURITY", "10"));
        assertThat(other.status()).isEqualTo(DealStatus.HELD);
        caller = null;
        assertThat(queries().conflicts(other.id())).extracting(DealRows.Conflict::getOtherType)
                .containsExactlyInAnyOrder("LEAD", "DEAL");
    }

    @Test
    void d5_anExactMatchOnAProtectedRegistrationIsRefusedAndSavesNothing() {
        var a = partner("MT", PartnerTier.REGISTERED);
        var b = partner("MT", PartnerTier.REGISTERED);
        var first = register(a, deal("Valletta Shipping", "valletta-shipping.example", "MT-1", "MT", "CLOUD", "500"));
        // Before approval an exact match is held, not refused.
        var held = register(b, deal("VS Holdings", "https://www.valletta-shipping.example/", null, "MT", "CLOUD", "5"));
        assertThat(held.status()).isEqualTo(DealStatus.HELD);
        assertThat(approve(first.id(), "manager")).isEqualTo(DealStatus.APPROVED);

        caller = b;
        var before = queries().count(DealFilter.none());
        assertThatThrownBy(() -> register(b, deal("Other name", null, "mt 1", "MT", "CLOUD", "5")))
                .isInstanceOf(DealConflict.class).hasMessageNotContaining("Valletta");
        caller = b;
        assertThat(queries().count(DealFilter.none())).isEqualTo(before);
        // ...and the held one can no longer be approved beside it.
        assertThatThrownBy(() -> approve(held.id(), "director")).isInstanceOf(DomainException.class)
                .hasMessageContaining("protected");
        // Once the first is lost, it blocks no one.
        caller = a;
        run(() -> registrations().closeLost(first.id(), "budget cut"));
        assertThat(register(b, deal("Other name", null, "MT-1", "MT", "CLOUD", "5")).status())
                .isEqualTo(DealStatus.SUBMITTED);
        assertThat(approve(held.id(), "director")).isEqualTo(DealStatus.APPROVED);
    }

    @Test
    void d6_twoManagersAboveTheThresholdAndProtectionByTier() {
        var a = partner("CY", PartnerTier.GOLD);
        var big = register(a, deal("Nicosia Telecom", null, null, "CY", "NETWORKING", "250000.01"));
        assertThat(approve(big.id(), "manager")).isEqualTo(DealStatus.AWAITING_SECOND_APPROVAL);
        assertThatThrownBy(() -> approve(big.id(), "manager")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(approve(big.id(), "director")).isEqualTo(DealStatus.APPROVED);
        caller = a;
        var detail = queries().get(big.id());
        assertThat(detail.getProtectedFrom()).isEqualTo(TODAY);
        assertThat(detail.getSummary().getProtectedUntil()).isEqualTo(TODAY.plusDays(119));
        assertThat(detail.getFirstApprover()).isEqualTo("manager");
        assertThat(detail.getDecidedBy()).isEqualTo("director");

        var atThreshold = register(a, deal("Limassol Port", null, null, "CY", "NETWORKING", "250000"));
        assertThat(approve(atThreshold.id(), "manager")).isEqualTo(DealStatus.APPROVED);
        // A partner cannot decide, whatever it calls.
        var mine = register(a, deal("Larnaca Air", null, null, "CY", "NETWORKING", "1"));
        caller = a;
        assertThatThrownBy(() -> tx(() -> review().approve(mine.id(), null))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void d7_theSweepRemindsThenExpiresAndMailsThePartner() {
        var a = partner("EE", PartnerTier.REGISTERED);
        var id = register(a, deal("Tallinn Data", null, null, "EE", "STORAGE", "10")).id();
        approve(id, "manager");
        // Other tests' registrations share the database: count this one's history, not the batch totals.
        // Protected for 60 days counting today: the last day is day 59, the reminder 14 days before it (day 45).
        clock = ticking(NOW.plus(java.time.Duration.ofDays(44)));
        tx(() -> sweep().sweepBatch());
        caller = a;
        assertThat(queries().history(id)).extracting(h -> h.getAction()).doesNotContain("expiryReminded");
        clock = ticking(NOW.plus(java.time.Duration.ofDays(45)));
        assertThat(tx(() -> sweep().sweepBatch()).reminded()).isPositive();
        tx(() -> sweep().sweepBatch());
        clock = ticking(NOW.plus(java.time.Duration.ofDays(59)));
        tx(() -> sweep().sweepBatch());
        caller = a;
        assertThat(queries().get(id).getStatus()).as("the last day is protected").isEqualTo(DealStatus.APPROVED);
        clock = ticking(NOW.plus(java.time.Duration.ofDays(60)));
        assertThat(tx(() -> sweep().sweepBatch()).expired()).isPositive();
        caller = a;
        assertThat(queries().get(id).getStatus()).isEqualTo(DealStatus.EXPIRED);
        assertThat(queries().history(id)).extracting(h -> h.getAction())
                .containsExactly("drafted", "submitted", "approved", "expiryReminded", "expired");
        var subjects = em.createQuery("select m.subject from OutboxMail m where m.subject like :s", String.class)
                .setParameter("s", "%Tallinn Data%").getResultList();
        assertThat(subjects).anyMatch(s -> s.startsWith("Deal registration received"))
                .anyMatch(s -> s.startsWith("Deal registration approved"))
                .anyMatch(s -> s.startsWith("Protection ends soon")).anyMatch(s -> s.startsWith("Protection expired"));
    }

    @Test
    void d12_aDecisionIsMailedAndAuditedWithTheChangeAndUpdatedSinceFindsIt() {
        var a = partner("SI", PartnerTier.REGISTERED);
        var id = register(a, deal("Ljubljana Polling", null, null, "SI", "SECURITY", "10")).id();
        var before = clock.instant();
        approve(id, "manager");
        var after = clock.instant();
        caller = a;
        var changed = new DealFilter(null, null, null, "SI", null, null, null, null, null, before, null, false);
        var later = new DealFilter(null, null, null, "SI", null, null, null, null, null, after, null, false);

        assertThat(queries().list(changed, 0, 50).items()).extracting(d -> d.getId()).contains(id);
        assertThat(queries().list(later, 0, 50).items()).extracting(d -> d.getId()).doesNotContain(id);
        assertThat(queries().history(id)).extracting(h -> h.getAction()).contains("approved");
        assertThat(em.createQuery("select m.subject from OutboxMail m where m.subject like :s", String.class)
                .setParameter("s", "%Ljubljana Polling%").getResultList())
                .anyMatch(s -> s.startsWith("Deal registration approved"));

        var rolledBack = register(a, deal("Ljubljana Rolled", null, null, "SI", "CLOUD", "10")).id();
        caller = null;
        em.getTransaction().begin();
        review().reject(rolledBack, "no");
        em.getTransaction().rollback();
        em.clear();
        assertThat(em.createQuery("select count(m) from OutboxMail m where m.subject like :s", Long.class)
                .setParameter("s", "%rejected%Ljubljana Rolled%").getSingleResult())
                .as("mails are part of the decision's transaction").isZero();
    }

    @Test
    void d2_aQuestionGoesBackToThePartnerWhoEditsAndResubmits() {
        var a = partner("LV", PartnerTier.REGISTERED);
        var id = register(a, deal("Riga Wood", null, null, "LV", "CLOUD", "10")).id();
        caller = null;
        run(() -> review().requestInformation(id, "Which sites are in scope?"));
        caller = a;
        run(() -> registrations().edit(id, deal("Riga Wood", "rigawood.example", null, "LV", "CLOUD", "12")));
        var again = tx(() -> registrations().submit(id));
        assertThat(again.status()).isEqualTo(DealStatus.SUBMITTED);
        assertThat(queries().history(id)).extracting(h -> h.getAction() + ":" + h.getDetail()).containsExactly(
                "drafted:null", "submitted:null", "informationRequested:Which sites are in scope?", "edited:null",
                "resubmitted:null");
        caller = null;
        assertThatThrownBy(() -> tx(() -> {
            review().reject(id, "  ");
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("reason");
    }

    @Test
    void d11_filtersAndTotalsPerCurrency() {
        var a = partner("LT", PartnerTier.REGISTERED);
        var b = partner("LT", PartnerTier.REGISTERED);
        register(a, deal("Vilnius One", null, null, "LT", "NETWORKING", "100"));
        register(a, new DealCommand("Vilnius Two", null, "LT", "South", null, null, null, null,
                List.of(new DealCommand.Line("STORAGE", null, new BigDecimal("50")),
                        new DealCommand.Line("CLOUD", null, new BigDecimal("25"))),
                "EUR", TODAY.plusMonths(2), "COMMIT", null, null));
        register(b, deal("Kaunas One", null, null, "LT", "NETWORKING", "7"));
        caller = null;
        var all = new DealFilter(null, null, null, "LT", null, null, null, null, null, null, null, false);
        assertThat(queries().totals(all)).extracting(t -> t.currency() + " " + t.count() + " " + t.value().toPlainString())
                .containsExactly("EUR 1 75.00", "USD 2 107.00");
        var typed = new DealFilter(null, null, null, " lt ", null, null, null, null, null, null, null, false);
        assertThat(queries().totals(typed)).as("the country as typed (any channel)").isEqualTo(queries().totals(all));
        var storage = new DealFilter(null, null, null, "LT", null, ProductLine.STORAGE, null, null, null, null, null, false);
        assertThat(queries().list(storage, 0, 10).items()).extracting(DealSummary::getCompany).containsExactly("Vilnius Two");
        var month = new DealFilter(null, null, null, "LT", "south", null, new BigDecimal("70"), new BigDecimal("80"),
                YearMonth.from(TODAY.plusMonths(2)), null, "vilnius", false);
        assertThat(queries().list(month, 0, 10).items()).extracting(DealSummary::getCompany).containsExactly("Vilnius Two");
        var byPartner = new DealFilter(b, null, null, null, null, null, null, null, null, null, null, false);
        assertThat(queries().list(byPartner, 0, 10).items()).extracting(DealSummary::getPartnerName).hasSize(1)
                .allMatch(n -> n.startsWith("Deal Partner "));
        caller = a;
        assertThat(queries().list(new DealFilter(b, null, null, "LT", null, null, null, null, null, null, null, false),
                0, 10).items()).as("a partner's filter on another partner still shows only its own")
                .extracting(DealSummary::getCompany).containsExactlyInAnyOrder("Vilnius One", "Vilnius Two");
        assertThat(queries().list(DealFilter.none(), 0, 10).items()).allMatch(s -> s.getPartnerName() == null);
    }

    @Test
    void d9_pricingOnAnApprovedRegistrationWithinTheManagersAuthority() {
        var a = partner("SI", PartnerTier.REGISTERED);
        var id = register(a, deal("Ljubljana Labs", null, null, "SI", "SECURITY", "1000")).id();
        caller = a;
        assertThatThrownBy(() -> tx(() -> registrations().requestPricing(id, ProductLine.SECURITY,
                org.channelport.deals.domain.PricingKind.PERCENT, new BigDecimal("5"), "x")))
                .as("not approved yet").isInstanceOf(DomainException.class);
        approve(id, "manager");
        caller = a;
        var request = tx(() -> registrations().requestPricing(id, ProductLine.SECURITY,
                org.channelport.deals.domain.PricingKind.TARGET_PRICE, new BigDecimal("700"), "competitor at 700"));
        caller = null;
        manager = "manager";
        assertThatThrownBy(() -> tx(() -> {
            review().approvePricing(request, null);
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("30.00 %");
        run(() -> review().escalatePricing(request, "beyond me"));
        // the managers' home counts open requests within an authority: this 30 % one from 30 % on
        assertThat(queries().openPricingWithin(new BigDecimal("30.00"))
                - queries().openPricingWithin(new BigDecimal("29.99"))).as("open requests of exactly 30 %")
                .isGreaterThanOrEqualTo(1);
        assertThat(queries().openPricing()).extracting(DealRows.Pricing::getStatus)
                .contains(org.channelport.deals.domain.PricingStatus.ESCALATED);
        manager = "director";
        run(() -> review().approvePricing(request, "ok"));
        caller = a;
        assertThat(queries().pricing(id)).singleElement().satisfies(p -> {
            assertThat(p.getStatus()).isEqualTo(org.channelport.deals.domain.PricingStatus.APPROVED);
            assertThat(p.getDecidedBy()).isEqualTo("director");
            assertThat(p.getDiscountPercent()).isEqualByComparingTo("30.00");
        });
    }

    @Test
    void d3_aPartnersOwnActiveRegistrationOfTheSameCustomerIsHeldAsADuplicate() {
        var a = partner("HR", PartnerTier.REGISTERED);
        var first = register(a, deal("Zagreb Textiles", "zagreb-textiles.example", null, "HR", "SERVICES", "10"));
        var again = register(a, deal("Zagreb Textiles d.o.o.", "zagreb-textiles.example", null, "HR", "SERVICES", "20"));
        assertThat(again.status()).isEqualTo(DealStatus.HELD);
        caller = null;
        assertThat(queries().conflicts(again.id())).singleElement().satisfies(c -> {
            assertThat(c.getOtherId()).isEqualTo(first.id());
            assertThat(c.getMatch()).isEqualTo(MatchKind.DOMAIN);
        });
    }

    @Test
    void d5_aRefusedSubmissionOfAnEditedDraftKeepsTheDraftAsItWas() {
        var a = partner("BG", PartnerTier.REGISTERED);
        var b = partner("BG", PartnerTier.REGISTERED);
        var protectedOne = register(a, deal("Sofia Glass", "sofia-glass.example", null, "BG", "CLOUD", "10"));
        approve(protectedOne.id(), "manager");
        caller = b;
        var draft = tx(() -> registrations().createDraft(deal("Plovdiv Glass", null, null, "BG", "CLOUD", "10"), null));
        caller = b;
        assertThatThrownBy(() -> tx(() -> registrations().editAndSubmit(draft,
                deal("Sofia Glass", "sofia-glass.example", null, "BG", "CLOUD", "10"))))
                .isInstanceOf(DealConflict.class);
        caller = b;
        var kept = queries().get(draft);
        assertThat(kept.getStatus()).isEqualTo(DealStatus.DRAFT);
        assertThat(kept.getSummary().getCompany()).as("the edit went with the refused submission").isEqualTo("Plovdiv Glass");
    }

    @Test
    void d1_aLeadOfAnotherPartnerCannotPrefillARegistration() {
        var a = partner("RS", PartnerTier.REGISTERED);
        var b = partner("RS", PartnerTier.REGISTERED);
        var lead = Lead.sourcedBy(UUID.randomUUID(), a, new LeadDetails("Belgrade Bikes", null, null, null,
                null, "RS", null, null, ProductLine.SERVICES, null, null, null, null), "a", NOW);
        var leads = new org.channelport.leads.infrastructure.JpaLeadRepository();
        set(leads, "em", em);
        run(() -> leads.add(lead));
        caller = b;
        var before = queries().count(DealFilter.none());
        assertThatThrownBy(() -> tx(() -> registrations().createDraft(
                deal("Belgrade Bikes", null, null, "RS", "SERVICES", "10"), lead.id())))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> queries().fromLead(lead.id())).isInstanceOf(DomainException.class);
        assertThat(queries().count(DealFilter.none())).isEqualTo(before);
        caller = a;
        var own = tx(() -> registrations().createDraft(deal("Belgrade Bikes", null, null, "RS", "SERVICES", "10"),
                lead.id()));
        assertThat(queries().get(own).getLeadId()).isEqualTo(lead.id());
    }

    @Test
    void d10_atMostTenFilesRemovedOnlyWhileEditableAndNeverAnotherPartnersRegistration() {
        var a = partner("MK", PartnerTier.REGISTERED);
        var b = partner("MK", PartnerTier.REGISTERED);
        caller = a;
        var id = tx(() -> registrations().createDraft(deal("Skopje Tiles", null, null, "MK", "CLOUD", "10"), null));
        byte[] pdf = "%PDF-1.7 demo".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        UUID first = null;
        for (int i = 0; i < DealAttachmentService.MAX_FILES; i++) {
            int n = i;
            var attached = tx(() -> attachmentService().attach(id, "quote-" + n + ".pdf", pdf));
            first = first == null ? attached : first;
        }
        assertThatThrownBy(() -> tx(() -> attachmentService().attach(id, "one-too-many.pdf", pdf)))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 10");
        assertThatThrownBy(() -> tx(() -> attachmentService().attach(id, "big.pdf", new byte[2048])))
                .as("over the size limit").isInstanceOf(DomainException.class);
        caller = b;
        UUID firstFile = first;
        assertThatThrownBy(() -> tx(() -> attachmentService().attach(id, "mine.pdf", pdf)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> queries().attachment(id, firstFile)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> run(() -> attachmentService().remove(id, firstFile))).isInstanceOf(DomainException.class);
        caller = a;
        tx(() -> registrations().submit(id));
        caller = a;
        assertThatThrownBy(() -> run(() -> attachmentService().remove(id, firstFile)))
                .as("submitted: no longer removable").isInstanceOf(DomainException.class);
        assertThat(queries().attachments(id)).hasSize(DealAttachmentService.MAX_FILES);
    }

    @Test
    void d7_aDeclinedExtensionKeepsTheProtectionAndCannotBeAskedAgain() {
        var a = partner("AL", PartnerTier.REGISTERED);
        var id = register(a, deal("Tirana Foods", null, null, "AL", "SERVICES", "10")).id();
        approve(id, "manager");
        caller = a;
        run(() -> registrations().requestExtension(id, "board meets late"));
        caller = null;
        run(() -> review().decideExtension(id, false, "not this time"));
        caller = a;
        var detail = queries().get(id);
        assertThat(detail.getSummary().getProtectedUntil()).isEqualTo(TODAY.plusDays(59));
        assertThat(detail.getExtensionStatus()).isEqualTo(org.channelport.deals.domain.ExtensionStatus.REJECTED);
        assertThatThrownBy(() -> run(() -> registrations().requestExtension(id, "again"))).isInstanceOf(DomainException.class);
        assertThat(em.createQuery("select count(m) from OutboxMail m where m.subject like :s", Long.class)
                .setParameter("s", "Extension declined%Tirana Foods%").getSingleResult()).isEqualTo(1L);
    }

    @Test
    void d9_aPricingRejectionNeedsAReasonAndOnlyManagersDecide() {
        var a = partner("ME", PartnerTier.REGISTERED);
        var id = register(a, deal("Podgorica Power", null, null, "ME", "SECURITY", "1000")).id();
        approve(id, "manager");
        caller = a;
        var request = tx(() -> registrations().requestPricing(id, ProductLine.SECURITY,
                org.channelport.deals.domain.PricingKind.PERCENT, new BigDecimal("5"), "price war"));
        caller = a;
        assertThatThrownBy(() -> tx(() -> review().approvePricing(request, null))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        caller = null;
        manager = "manager";
        assertThatThrownBy(() -> tx(() -> review().rejectPricing(request, " "))).isInstanceOf(DomainException.class)
                .hasMessageContaining("reason");
        assertThat(tx(() -> review().rejectPricing(request, "margin too thin")))
                .isEqualTo(org.channelport.deals.domain.PricingStatus.REJECTED);
    }

    @Test
    void home_aPartnersAttentionQueriesFindItsOwnRegistrationsOnly() {
        var a = partner("MT", PartnerTier.REGISTERED);
        var b = partner("MT", PartnerTier.REGISTERED);
        caller = a;
        var draft = tx(() -> registrations().createDraft(deal("Valletta Draft", null, null, "MT", "SECURITY", "100"),
                null));
        var rejected = register(a, deal("Valletta Rejected", null, null, "MT", "STORAGE", "100")).id();
        var approved = register(a, deal("Valletta Approved", null, null, "MT", "NETWORKING", "100")).id();
        var othersDraft = tx(() -> {
            caller = b;
            return registrations().createDraft(deal("Mdina Other", null, null, "MT", "CLOUD", "100"), null);
        });
        var othersApproved = register(b, deal("Mdina Approved", null, null, "MT", "SERVICES", "100")).id();
        caller = null;
        run(() -> review().reject(rejected, "not ours"));
        approve(approved, "manager");
        approve(othersApproved, "manager");
        caller = a;
        var pricing = tx(() -> registrations().requestPricing(approved, ProductLine.NETWORKING,
                org.channelport.deals.domain.PricingKind.PERCENT, new BigDecimal("5"), "a rival at 5 %"));
        caller = null;
        run(() -> review().approvePricing(pricing, "fine"));

        caller = a;
        var open = java.util.Set.of(DealStatus.DRAFT, DealStatus.REJECTED, DealStatus.HELD);
        assertThat(queries().needingAttention(open, NOW.minusSeconds(3_600), 50)).as("a's, rejected within the hour")
                .extracting(DealSummary::getId).containsExactlyInAnyOrder(draft, rejected);
        assertThat(queries().needingAttention(open, NOW.plusSeconds(3_600), 50)).as("a rejection older than 'since'")
                .extracting(DealSummary::getId).containsExactly(draft);
        // REGISTERED protects for 60 days: not ending within 14, ending within 61; b's approval is never a's
        assertThat(queries().protectionsEndingBy(TODAY.plusDays(14), 50)).isEmpty();
        assertThat(queries().protectionsEndingBy(TODAY.plusDays(61), 50)).extracting(DealSummary::getId)
                .containsExactly(approved);
        assertThat(queries().pricingDecidedSince(NOW.minusSeconds(3_600))).singleElement()
                .satisfies(p -> assertThat(p.getDealId()).isEqualTo(approved));
        assertThat(queries().pricingDecidedSince(NOW.plusSeconds(3_600))).as("decided before 'since'").isEmpty();

        caller = b;
        assertThat(queries().needingAttention(open, NOW.minusSeconds(3_600), 50)).extracting(DealSummary::getId)
                .containsExactly(othersDraft);
        assertThat(queries().protectionsEndingBy(TODAY.plusDays(61), 50)).extracting(DealSummary::getId)
                .containsExactly(othersApproved);
        assertThat(queries().pricingDecidedSince(NOW.minusSeconds(3_600))).as("a's pricing decision").isEmpty();
    }

    private static void set(Object target, String field, Object value) {
        H2Databases.inject(target, field, value);
    }
}
