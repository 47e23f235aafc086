package org.channelport.leads.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.ProductLine;

/**
 * A partner as routing sees it at one moment.
 *
 * @param score          performance score 0..1 (rule L5)
 * @param openLeads      leads it holds that are offered, accepted, contacted or qualified
 * @param lastOfferedAt  when it was last offered a lead, or null
 */
public record PartnerCandidate(UUID id, String name, PartnerType type, PartnerTier tier, boolean active, String country,
                               Set<ProductLine> productLines, double score, int openLeads, Instant lastOfferedAt) {
}
