package org.channelport.orders.api;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.orders.domain.ProductStatus;
import org.channelport.orders.domain.UnitOfMeasure;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.rest.EnumOf;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.ProductLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product as the ERP sends it (rule O1). Texts per language: {@code en} (required), {@code zhTW}, {@code zhCN}.
 * Partner types, the lowest tier and the partners named for visibility (O3) are checked here only for their form;
 * everything else is the domain's check, reported with these problems at once.
 */
@Schema(name = "Product")
public record ProductJson(@Schema(example = "SW-24") String sku,
                          @Schema(description = "GTIN-13 or GTIN-14 with its check digit.", example = "4006381333931")
                          String gtin,
                          TextsJson names, TextsJson descriptions,
                          @EnumOf(ProductLine.class) String productLine,
                          @EnumOf(UnitOfMeasure.class) String unit,
                          @Schema(description = "Quantities are multiples of it (default 1).") Integer orderMultiple,
                          @Schema(description = "The smallest quantity (default: the order multiple).") Integer minimumQuantity,
                          @EnumOf(ProductStatus.class) String status,
                          @Schema(description = "DISCONTINUED: the product that replaces it.") String successorSku,
                          @Schema(description = "Partner types that see it; none: every type.") List<String> partnerTypes,
                          @EnumOf(PartnerTier.class) String lowestTier,
                          @Schema(description = "Partner ids that see it whatever their type and tier.")
                          List<String> includedPartners,
                          @Schema(description = "Partner ids that never see it.") List<String> excludedPartners) {

    /** A product's texts in the three languages. */
    @Schema(name = "ProductTexts")
    public record TextsJson(String en, String zhTW, String zhCN) {
        Map<String, String> byLanguage() {
            var texts = new LinkedHashMap<String, String>();
            texts.put("en", en);
            texts.put("zh-TW", zhTW);
            texts.put("zh-CN", zhCN);
            texts.values().removeIf(java.util.Objects::isNull);
            return texts;
        }
    }

    /** The definition, or the problems of the members this record reads itself, at {@code prefix} + member. */
    ProductDefinition toDefinition(String prefix, List<FieldProblem> problems) {
        var types = EnumSet.noneOf(PartnerType.class);
        if (partnerTypes != null) {
            for (int i = 0; i < partnerTypes.size(); i++) {
                var name = partnerTypes.get(i) == null ? "" : partnerTypes.get(i).strip().toUpperCase(Locale.ROOT);
                try {
                    types.add(PartnerType.valueOf(name));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(prefix + "partnerTypes[" + i + "]", "product.partnerType.unknown",
                            "one of DISTRIBUTOR, AGENT, RETAILER"));
                }
            }
        }
        PartnerTier tier = null;
        if (lowestTier != null && !lowestTier.isBlank()) {
            try {
                tier = PartnerTier.valueOf(lowestTier.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(prefix + "lowestTier", "product.tier.unknown",
                        "one of REGISTERED, SILVER, GOLD, PLATINUM"));
            }
        }
        var included = ids(includedPartners, prefix + "includedPartners", problems);
        var excluded = ids(excludedPartners, prefix + "excludedPartners", problems);
        return new ProductDefinition(sku, gtin, names == null ? Map.of() : names.byLanguage(),
                descriptions == null ? Map.of() : descriptions.byLanguage(), productLine, unit, orderMultiple,
                minimumQuantity, status, successorSku, types, tier, included, excluded);
    }

    private static Set<UUID> ids(List<String> ids, String field, List<FieldProblem> problems) {
        var result = new HashSet<UUID>();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                try {
                    result.add(UUID.fromString(ids.get(i) == null ? "" : ids.get(i).strip()));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(field + "[" + i + "]", "product.partner.invalid", "not a partner id"));
                }
            }
        }
        return result;
    }

    /** A product as defined (the ERP's own shape, to read back what it or a channel manager sent). */
    static ProductJson of(ProductDefinition d) {
        return new ProductJson(d.sku(), d.gtin(), texts(d.names()), texts(d.descriptions()), d.productLine(), d.unit(),
                d.orderMultiple(), d.minimumQuantity(), d.status(), d.successorSku(),
                d.partnerTypes() == null ? List.of() : d.partnerTypes().stream().map(Enum::name).sorted().toList(),
                d.lowestTier() == null ? null : d.lowestTier().name(),
                d.included() == null ? List.of() : d.included().stream().map(UUID::toString).sorted().toList(),
                d.excluded() == null ? List.of() : d.excluded().stream().map(UUID::toString).sorted().toList());
    }

    private static TextsJson texts(Map<String, String> texts) {
        return texts == null ? null : new TextsJson(texts.get("en"), texts.get("zh-TW"), texts.get("zh-CN"));
    }
}
