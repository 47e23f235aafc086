package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerRepository;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.platform.access.ChannelManagers;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;

/** Channel managers' changes to a partner: suspension (PA3), tier, parent distributor (PA7). */
@ApplicationScoped
@Transactional
public class PartnerAdministrationService {
    @Inject
    PartnerRepository partners;
    @Inject
    Tenancy tenancy;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Event<PartnerSuspended> suspended;
    @Inject
    Clock clock;

    public void suspend(UUID partnerId, String reason) {
        var partner = load(partnerId);
        partner.suspend(reason, clock);
        audit.record(partnerId, "Partner", partnerId, "suspended", PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED, reason);
        suspended.fire(new PartnerSuspended(partnerId, partner.keycloakGroupId()));
    }

    public void reactivate(UUID partnerId) {
        var partner = load(partnerId);
        partner.reactivate(clock);
        audit.record(partnerId, "Partner", partnerId, "reactivated", PartnerStatus.SUSPENDED, PartnerStatus.ACTIVE, (String) null);
    }

    public void changeTier(UUID partnerId, PartnerTier tier) {
        var partner = load(partnerId);
        var previous = partner.changeTier(tier, clock);
        if (previous != tier) {
            audit.record(partnerId, "Partner", partnerId, "tierChanged", previous, tier, (String) null);
        }
    }

    /** @param parentId the distributor, or null to unlink */
    public void linkToParent(UUID partnerId, UUID parentId) {
        var partner = load(partnerId);
        var before = partner.parentId();
        if (java.util.Objects.equals(before, parentId)) {
            return;   // the same link again (a PUT retried) changes and records nothing
        }
        Partner parent = parentId == null ? null : partners.find(parentId).orElseThrow(() ->
                new DomainException(DomainException.Kind.INVALID, "partner.parent.notDistributor",
                        "The parent must be another partner of type distributor.").at("parentId"));
        partner.linkToParent(parent, clock);
        audit.record(partnerId, "Partner", partnerId, parent == null ? "parentUnlinked" : "parentLinked", before,
                partner.parentId(), parent == null ? null : parent.name());
    }

    private Partner load(UUID partnerId) {
        ChannelManagers.require(user);
        return partners.findForUpdate(partnerId).orElseThrow(() -> DomainException.notFound("partner", partnerId));
    }
}
