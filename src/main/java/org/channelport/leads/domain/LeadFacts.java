package org.channelport.leads.domain;

import java.util.Set;
import java.util.UUID;
import org.channelport.shared.ProductLine;

/**
 * What routing needs to know of one lead.
 *
 * @param declinedBy   partners that declined it (never offered it again, rule L7)
 * @param recalledFrom partners it was recalled from for missing an SLA (not offered it again either)
 */
public record LeadFacts(UUID leadId, String country, String region, String postalCode, ProductLine productLine,
                        Set<UUID> declinedBy, Set<UUID> recalledFrom) {
}
