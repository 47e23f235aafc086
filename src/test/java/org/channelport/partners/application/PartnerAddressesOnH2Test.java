package org.channelport.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerAddress;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.H2Databases;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.InvalidInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule PA11 on the real schema: only a partner's administrators and systems change its addresses, another partner's
 * address is "not found", a GLN names one address, one default per kind, every change audited.
 */
class PartnerAddressesOnH2Test {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static EntityManagerFactory factory;
    private static Partner mine;
    private static Partner theirs;

    @BeforeAll
    static void partners() {
        factory = H2Databases.migrated("jdbc:h2:mem:partner-addresses;DB_CLOSE_DELAY=-1");
        var em = factory.createEntityManager();
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        mine = Partner.create(UUID.randomUUID(), org.channelport.partners.domain.Profiles.valid("Mine " + NOW.toEpochMilli(),
                PartnerType.RETAILER), PartnerTier.SILVER, clock);
        theirs = Partner.create(UUID.randomUUID(), org.channelport.partners.domain.Profiles.valid("Theirs " + NOW.toEpochMilli(),
                PartnerType.RETAILER), PartnerTier.SILVER, clock);
        H2Databases.inTransaction(em, () -> {
            em.persist(mine);
            em.persist(theirs);
            return null;
        });
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static PartnerAddresses as(EntityManager em, Partner partner, String role) {
        var user = new CurrentUser() {
            @Override public Optional<UUID> partnerId() { return Optional.of(partner.id()); }
            @Override public boolean isPartnerAdmin() { return role.equals(Roles.PARTNER_ADMIN); }
            @Override public boolean hasRole(String r) { return role.equals(r); }
            @Override public String name() { return role + "@" + partner.id(); }
        };
        var addresses = new PartnerAddresses();
        addresses.em = em;
        addresses.user = user;
        addresses.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var audit = new AuditTrail();
        H2Databases.inject(audit, "em", em);
        H2Databases.inject(audit, "clock", addresses.clock);
        H2Databases.inject(audit, "security", H2Databases.callerNamed(user::name));
        addresses.audit = audit;
        return addresses;
    }

    private static PartnerAddress.Request ship(String label, String gln, boolean isDefault) {
        return new PartnerAddress.Request("SHIP_TO", label, "Recipient", "Street 1", null, "1000", "Oslo", null, "NO",
                gln, isDefault);
    }

    @Test
    void onlyTheParnersAdministratorsAndSystemsChangeItsOwnAddresses() {
        var em = factory.createEntityManager();
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> as(em, mine, Roles.PARTNER_USER)
                .add(ship("Dock", null, false)))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        var dock = H2Databases.inTransaction(em, () -> as(em, mine, Roles.PARTNER_API).add(ship("Dock", "7000000000000"
                .substring(0, 12) + org.channelport.shared.Gs1.checkDigit("700000000000"), true)));
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> as(em, theirs, Roles.PARTNER_ADMIN)
                .change(dock.id(), ship("Stolen", null, false)))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> as(em, theirs, Roles.PARTNER_ADMIN)
                .add(ship("Theirs", dock.gln().orElseThrow(), false)))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("address.gln.taken"));
        assertThat(as(em, theirs, Roles.PARTNER_ADMIN).shipTo(theirs.id(), dock.id().toString()))
                .as("another partner's ship-to is none of its own").isEmpty();

        var gate = H2Databases.inTransaction(em, () -> as(em, mine, Roles.PARTNER_ADMIN).add(ship("Gate", null, true)));
        assertThat(as(em, mine, Roles.PARTNER_USER).own()).filteredOn(PartnerAddress::isDefault)
                .extracting(PartnerAddress::id).as("one default per kind").containsExactly(gate.id());
        assertThat(as(em, mine, Roles.PARTNER_USER).shipTo(mine.id(), "7000 0000 0000 " + dock.gln().orElseThrow()
                .substring(12))).as("a GLN as people print it").isPresent();
        H2Databases.inTransaction(em, () -> {
            as(em, mine, Roles.PARTNER_ADMIN).deactivate(gate.id());
            return null;
        });
        assertThat(as(em, mine, Roles.PARTNER_USER).defaultShipTo(mine.id())).as("a removed address ships nothing")
                .isEmpty();
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.subjectType = 'PartnerAddress'", Long.class)
                .getSingleResult()).as("added twice, removed once").isEqualTo(3);
        em.close();
    }
}
