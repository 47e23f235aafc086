package org.channelport.leads.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.ProductLine;

/**
 * A routing rule as the router reads it (immutable; the {@code RoutingRule} entity produces it). Empty sets mean "any".
 *
 * @param countries      lead countries the rule applies to (ISO codes, upper case); also the rule's territory: candidates
 *                       must be located in one of them (when empty, in the lead's own country)
 * @param regions        lead regions, lower case
 * @param postalPrefixes lead postal-code prefixes, compared without spaces, upper case
 * @param productLines   lead product lines
 * @param partnerTypes   candidate partner types
 * @param minTier        lowest candidate tier, or null
 * @param minScore       lowest candidate performance score (0..1), or null
 * @param capacityCap    most open leads a candidate may hold, or null for no cap
 */
public record RoutingRuleSpec(UUID id, String name, int position, Set<String> countries, Set<String> regions,
                              List<String> postalPrefixes, Set<ProductLine> productLines, Set<PartnerType> partnerTypes,
                              PartnerTier minTier, Double minScore, RoutingStrategy strategy, Integer capacityCap,
                              int acceptSlaHours, int followUpSlaHours) {
}
