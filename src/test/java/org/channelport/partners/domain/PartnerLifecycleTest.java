package org.channelport.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;
import org.junit.jupiter.api.Test;

/** Rules PA3, PA4, PA7 on the aggregates themselves. */
class PartnerLifecycleTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final Clock later = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private Partner partner(PartnerType type) {
        return Partner.create(UUID.randomUUID(), Profiles.valid("P" + UUID.randomUUID(), type), PartnerTier.SILVER, clock);
    }

    @Test
    void anApplicationIsDecidedOnlyOnce() {
        var application = PartnerApplication.submit(Profiles.valid("Acme", PartnerType.AGENT), clock);
        application.approve(PartnerTier.GOLD, application.id(), "manager", clock);
        assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);

        assertThatThrownBy(() -> application.reject("late", "manager", clock)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> application.approve(PartnerTier.GOLD, UUID.randomUUID(), "manager", clock))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void approvalNeedsATierAndRejectionAReason() {
        var application = PartnerApplication.submit(Profiles.valid("Acme", PartnerType.AGENT), clock);
        assertThatThrownBy(() -> application.approve(null, application.id(), "m", clock))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("tier"));
        assertThatThrownBy(() -> application.reject("  ", "m", clock))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void suspensionNeedsAReasonAndMovesOnlyBetweenActiveAndSuspended() {
        var partner = partner(PartnerType.RETAILER);
        assertThatThrownBy(() -> partner.suspend("", clock)).isInstanceOf(DomainException.class);
        assertThat(partner.isActive()).isTrue();

        partner.suspend("unpaid invoices", later);
        assertThat(partner.status()).isEqualTo(PartnerStatus.SUSPENDED);
        assertThatThrownBy(() -> partner.suspend("again", later)).isInstanceOf(IllegalTransition.class);

        partner.reactivate(later);
        assertThat(partner.isActive()).isTrue();
        assertThatThrownBy(() -> partner.reactivate(later)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void tierChangesReportThePreviousTier() {
        var partner = partner(PartnerType.AGENT);
        assertThat(partner.changeTier(PartnerTier.PLATINUM, later)).isEqualTo(PartnerTier.SILVER);
        assertThat(partner.tier()).isEqualTo(PartnerTier.PLATINUM);
    }

    @Test
    void onlyAgentsAndRetailersLinkToAnActiveDistributor() {
        var distributor = partner(PartnerType.DISTRIBUTOR);
        var otherDistributor = partner(PartnerType.DISTRIBUTOR);
        var agent = partner(PartnerType.AGENT);
        var retailer = partner(PartnerType.RETAILER);

        agent.linkToParent(distributor, later);
        assertThat(agent.parentId()).isEqualTo(distributor.id());

        assertThatThrownBy(() -> distributor.linkToParent(otherDistributor, later)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> retailer.linkToParent(agent, later)).isInstanceOf(DomainException.class);
        distributor.suspend("audit", later);
        assertThatThrownBy(() -> retailer.linkToParent(distributor, later)).isInstanceOf(DomainException.class);
        assertThat(retailer.parentId()).isNull();

        agent.linkToParent(null, later);
        assertThat(agent.parentId()).isNull();
    }

    @Test
    void aUserIsDeactivatedOnce() {
        var user = PartnerUser.invite(UUID.randomUUID(), "a@b.example", "a@b.example", "A", "B", PartnerRole.USER, clock);
        user.deactivate(later);
        assertThat(user.isActive()).isFalse();
        assertThatThrownBy(() -> user.deactivate(later)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aRevokedCredentialStaysRevoked() {
        var credential = ApiCredential.issue(UUID.randomUUID(), "CRM", "partner-x", "kc-1", "admin", clock);
        credential.revoke("admin", later);
        assertThat(credential.isRevoked()).isTrue();
        assertThatThrownBy(() -> credential.revoke("admin", later)).isInstanceOf(IllegalTransition.class);
    }
}
