package org.channelport.deals.domain;

import org.channelport.shared.DomainException;

/**
 * Rule D5: the submission matches a protected registration of another partner exactly (same tax id or web domain) and
 * the policy refuses such submissions. The message never says whose registration it is.
 */
public class DealConflict extends DomainException {
    public DealConflict() {
        super(Kind.CONFLICT, "deal.conflict.refused", "customer", "This customer is already protected by another "
                + "registration (same tax id or web domain). Contact your channel manager if you believe this is wrong.",
                new Object[0]);
    }
}
