package org.channelport.orders.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.channelport.partners.domain.PartnerTier;

/**
 * Rule O4, the one price resolution every channel uses (portal, API, order checks, EDI): a product's net unit price for
 * a partner, a quantity, a day and a currency.
 * <ol>
 *   <li>The partner's contract prices for the SKU in that currency, valid that day, whose quantity break is reached:
 *       the highest break wins (then the latest start).</li>
 *   <li>Else the price lists of the partner's tier in that currency, valid that day: the highest break reached of the
 *       SKU wins (then the latest list). A tier without a price for the SKU falls back to the next lower tier's lists
 *       (REGISTERED's are the base); a higher tier's never.</li>
 *   <li>Else there is no price: the product cannot be ordered in that currency.</li>
 * </ol>
 * Pure: the caller passes the candidates (it may pass more than apply; what does not apply is left out here).
 */
public final class PriceResolution {
    private PriceResolution() {}

    public static Optional<ResolvedPrice> resolve(String sku, UUID partnerId, PartnerTier tier, String currency,
                                                  BigDecimal quantity, LocalDate day,
                                                  Collection<ContractPrice> contracts, Collection<PriceList> lists) {
        var key = Product.normalizedSku(sku);
        if (quantity == null || quantity.signum() <= 0 || currency == null || day == null) {
            return Optional.empty();
        }
        var contract = contracts.stream()
                .filter(c -> c.partnerId().equals(partnerId) && c.sku().equals(key) && c.currency().equals(currency)
                        && c.validOn(day) && quantity.compareTo(BigDecimal.valueOf(c.minQuantity())) >= 0)
                .max(Comparator.comparingInt(ContractPrice::minQuantity).thenComparing(ContractPrice::validFrom)
                        .thenComparing(ContractPrice::id));
        if (contract.isPresent()) {
            var c = contract.get();
            return Optional.of(new ResolvedPrice(key, c.unitPrice(), currency, PriceSource.CONTRACT, c.id(), null,
                    c.minQuantity()));
        }
        for (int t = tier == null ? 0 : tier.ordinal(); t >= 0; t--) {
            var level = PartnerTier.values()[t];
            var best = lists.stream()
                    .filter(l -> l.tier() == level && l.currency().equals(currency) && l.validOn(day))
                    .flatMap(l -> l.prices().stream()
                            .filter(b -> b.sku().equals(key) && quantity.compareTo(BigDecimal.valueOf(b.minQuantity())) >= 0)
                            .map(b -> new Candidate(l, b)))
                    .max(Comparator.comparingInt((Candidate c) -> c.price().minQuantity())
                            .thenComparing(c -> c.list().validFrom()).thenComparing(c -> c.list().id()));
            if (best.isPresent()) {
                var c = best.get();
                return Optional.of(new ResolvedPrice(key, c.price().unitPrice(), currency, PriceSource.PRICE_LIST,
                        c.list().id(), c.list().name(), c.price().minQuantity()));
            }
        }
        return Optional.empty();
    }

    private record Candidate(PriceList list, PriceBreak price) {}
}
