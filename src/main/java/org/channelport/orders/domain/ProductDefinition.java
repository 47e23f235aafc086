package org.channelport.orders.domain;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;

/**
 * What the ERP (or a channel manager) says a product is, as it comes in: text where a channel reads text, so that
 * {@link Product#problems} reports every problem at once (rule O1).
 *
 * @param names        the name per language tag ({@code en}, {@code zh-TW}, {@code zh-CN}); English is required
 * @param descriptions the description per language tag, each optional
 * @param unit         a UN/ECE Recommendation 20 code ({@link UnitOfMeasure})
 * @param partnerTypes the partner types that may see it; empty: every type
 * @param lowestTier   the lowest tier that may see it; null: every tier
 * @param included     partners that see it whatever their type and tier
 * @param excluded     partners that never see it (wins over {@code included})
 */
public record ProductDefinition(String sku, String gtin, Map<String, String> names, Map<String, String> descriptions,
                                String productLine, String unit, Integer orderMultiple, Integer minimumQuantity,
                                String status, String successorSku, Set<PartnerType> partnerTypes,
                                PartnerTier lowestTier, Set<UUID> included, Set<UUID> excluded) {

    /** The languages a product's texts are kept in. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "zh-TW", "zh-CN");
}
