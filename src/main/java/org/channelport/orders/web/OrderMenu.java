package org.channelport.orders.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.partners.domain.PartnerType;

/**
 * What the portal's orders section offers the reader's organization (rule O22): a distributor gets its resellers'
 * orders, an agent or retailer linked to a distributor the choice of where to send an order. Read once per request.
 */
@Named
@RequestScoped
public class OrderMenu {
    @Inject
    CurrentUser user;
    @Inject
    PartnerRoster roster;

    private PartnerRoster.Member member;
    private boolean read;

    private PartnerRoster.Member member() {
        if (!read) {
            read = true;
            member = user.partnerId().flatMap(roster::find).orElse(null);
        }
        return member;
    }

    /** The reader's organization is a distributor: its resellers may route orders to it. */
    public boolean isDistributor() {
        return member() != null && member().type() == PartnerType.DISTRIBUTOR;
    }

    /** The name of the distributor the reader's organization may send orders to, or null. */
    public String getDistributorName() {
        var parent = member() == null ? null : member().parentId();
        return parent == null ? null : roster.find(parent).filter(PartnerRoster.Member::active)
                .map(PartnerRoster.Member::name).orElse(null);
    }
}
