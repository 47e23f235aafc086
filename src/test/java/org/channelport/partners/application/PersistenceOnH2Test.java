package org.channelport.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.UUID;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerApplication;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.Profiles;
import org.channelport.partners.infrastructure.JpaPartnerRepository;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.shared.DomainException;
import org.flywaydb.core.Flyway;
import org.channelport.platform.persistence.H2Databases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mappings, converters and directory queries on the zero-setup database (H2, the schema from the Flyway
 * migrations). The integration tests run on PostgreSQL; this keeps the demo's database honest too (its driver returns
 * other types for timestamps and UUIDs).
 */
class PersistenceOnH2Test {
    private static final String URL = "jdbc:h2:mem:persistence;DB_CLOSE_DELAY=-1";
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

    private Partner savedPartner(String name, PartnerType type, PartnerTier tier) {
        var partners = repositories();
        var partner = Partner.create(UUID.randomUUID(), Profiles.valid(name, type), tier, Fakes.CLOCK);
        em.getTransaction().begin();
        partners.add(partner);
        audit(Fakes.User.manager()).record(partner.id(), "Partner", partner.id(), "created", null, partner.status(), (String) null);
        em.getTransaction().commit();
        em.clear();
        return partner;
    }

    @Test
    void aggregatesWithEmptyOptionalColumnsRoundTrip() {
        var application = PartnerApplication.submit(Profiles.valid("Round Trip " + UUID.randomUUID(), PartnerType.AGENT),
                Fakes.CLOCK);
        em.getTransaction().begin();
        em.persist(application);
        em.getTransaction().commit();
        em.clear();

        var read = em.find(PartnerApplication.class, application.id());
        assertThat(read.partnerId()).isNull();
        assertThat(read.submittedAt()).isEqualTo(Fakes.CLOCK.instant());
        assertThat(read.profile()).isEqualTo(application.profile());
    }

    @Test
    void theDirectoryFiltersPagesAndShowsParentsAndProductLines() {
        var distributor = savedPartner("Dir Distributor " + UUID.randomUUID(), PartnerType.DISTRIBUTOR, PartnerTier.GOLD);
        var agent = savedPartner("Dir Agent " + UUID.randomUUID(), PartnerType.AGENT, PartnerTier.SILVER);
        em.getTransaction().begin();
        var partners = repositories();
        partners.findForUpdate(agent.id()).orElseThrow().linkToParent(partners.find(distributor.id()).orElseThrow(), Fakes.CLOCK);
        em.getTransaction().commit();
        em.clear();

        var directory = directory(Fakes.User.erp());
        var agents = directory.list(new PartnerFilter(PartnerType.AGENT, null, null, "de", Instant.EPOCH, "dir agent"), 0, 10);
        assertThat(agents.items()).extracting(PartnerSummary::getId).contains(agent.id()).doesNotContain(distributor.id());
        var row = agents.items().stream().filter(p -> p.getId().equals(agent.id())).findFirst().orElseThrow();
        assertThat(row.getParentName()).isEqualTo(distributor.name());
        assertThat(row.getProductLines()).isNotEmpty();
        assertThat(row.getCreatedAt()).isEqualTo(Fakes.CLOCK.instant());
        var typed = directory.list(new PartnerFilter(PartnerType.AGENT, null, null, " de ", Instant.EPOCH, "dir agent"), 0, 10);
        assertThat(typed.items()).as("a country typed with spaces").extracting(PartnerSummary::getId).contains(agent.id());

        // tier and status narrow the list too, each alone and with the name (the console's filters)
        var named = "dir ";
        assertThat(directory.list(new PartnerFilter(null, PartnerTier.GOLD, null, null, null, named), 0, 50).items())
                .extracting(PartnerSummary::getId).contains(distributor.id()).doesNotContain(agent.id());
        assertThat(directory.list(new PartnerFilter(null, PartnerTier.PLATINUM, null, null, null, named), 0, 50).items())
                .extracting(PartnerSummary::getId).doesNotContain(distributor.id(), agent.id());
        assertThat(directory.list(new PartnerFilter(null, null, PartnerStatus.SUSPENDED, null, null, named), 0, 50)
                .items()).extracting(PartnerSummary::getId).doesNotContain(distributor.id(), agent.id());
        assertThat(directory.list(new PartnerFilter(null, null, PartnerStatus.ACTIVE, null, null, named), 0, 50).items())
                .extracting(PartnerSummary::getId).contains(distributor.id(), agent.id());
        assertThat(directory.list(new PartnerFilter(PartnerType.RETAILER, null, null, null, null, named), 0, 50).items())
                .extracting(PartnerSummary::getId).doesNotContain(distributor.id(), agent.id());

        var onePerPage = directory.list(PartnerFilter.any(), 0, 1);
        assertThat(onePerPage.items()).hasSize(1);
        assertThat(onePerPage.total()).isGreaterThanOrEqualTo(2);
        assertThat(directory.history(agent.id(), 0, 10)).extracting(HistoryEntry::getAction).contains("created");
    }

    @Test
    void aPartnerUserSeesOnlyItsOwnPartnerInTheDatabaseQueries() {
        var own = savedPartner("Own " + UUID.randomUUID(), PartnerType.RETAILER, PartnerTier.REGISTERED);
        var other = savedPartner("Other " + UUID.randomUUID(), PartnerType.RETAILER, PartnerTier.REGISTERED);
        var directory = directory(Fakes.User.member(own.id()));

        assertThat(directory.list(PartnerFilter.any(), 0, 50).items()).extracting(PartnerSummary::getId)
                .containsExactly(own.id());
        assertThatThrownBy(() -> directory.get(other.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> directory.history(other.id(), 0, 10)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> directory.users(other.id())).isInstanceOf(DomainException.class);
    }

    private JpaPartnerRepository repositories() {
        var partners = new JpaPartnerRepository();
        set(partners, "em", em);
        return partners;
    }

    private AuditTrail audit(Fakes.User user) {
        var audit = new AuditTrail();
        set(audit, "em", em);
        set(audit, "clock", Fakes.CLOCK);
        set(audit, "security", Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{SecurityContext.class},
                (proxy, method, args) -> method.getName().equals("getCallerPrincipal")
                        ? (java.security.Principal) user::name : null));
        return audit;
    }

    private PartnerDirectory directory(Fakes.User user) {
        var directory = new PartnerDirectory();
        directory.em = em;
        directory.user = user;
        directory.tenancy = Fakes.tenancy(user);
        directory.audit = audit(user);
        return directory;
    }

    private static void set(Object target, String field, Object value) {
        H2Databases.inject(target, field, value);
    }
}
