package org.channelport.orders.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.channelport.partners.domain.PartnerTier;

/**
 * The prices of one tier in one currency for a period (rule O4): its quantity breaks per SKU. Valid from its first day
 * to its last (inclusive; none: open-ended).
 */
@Entity
@Table(name = "price_list")
public class PriceList {
    @Id
    private UUID id;
    /** The ERP's own key of the list ("GOLD-EUR-2027"): what an upsert finds it by. */
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerTier tier;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "price_list_entry", joinColumns = @JoinColumn(name = "price_list_id"))
    private List<PriceBreak> prices = new ArrayList<>();
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected PriceList() {}

    public PriceList(UUID id, String code, String name, String currency, PartnerTier tier, LocalDate validFrom,
                     LocalDate validTo, List<PriceBreak> prices, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        replace(name, currency, tier, validFrom, validTo, prices, now);
    }

    /** The ERP's new version of the list: everything but its code and id, its prices wholesale. */
    public void replace(String name, String currency, PartnerTier tier, LocalDate validFrom, LocalDate validTo,
                        List<PriceBreak> prices, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.currency = Objects.requireNonNull(currency);
        this.tier = Objects.requireNonNull(tier);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validTo = validTo;
        this.prices.clear();
        this.prices.addAll(prices);
        this.updatedAt = now;
    }

    /** What setting one price did to the list. */
    public enum PriceChange { ADDED, CHANGED, UNCHANGED }

    /**
     * Sets one product's price from a quantity on (rule O8: a person's or a file's price, the list's other prices
     * stay): adds the break, or changes its price.
     */
    public PriceChange setPrice(PriceBreak price, Instant now) {
        for (int i = 0; i < prices.size(); i++) {
            var current = prices.get(i);
            if (current.sku().equals(price.sku()) && current.minQuantity() == price.minQuantity()) {
                if (current.unitPrice().compareTo(price.unitPrice()) == 0) {
                    return PriceChange.UNCHANGED;
                }
                prices.set(i, price);
                updatedAt = now;
                return PriceChange.CHANGED;
            }
        }
        prices.add(price);
        updatedAt = now;
        return PriceChange.ADDED;
    }

    /** This list's price of a product from a quantity on, if it has one. */
    public java.util.Optional<java.math.BigDecimal> priceOf(String sku, int minQuantity) {
        var normalized = Product.normalizedSku(sku);
        return prices.stream().filter(p -> p.sku().equals(normalized) && p.minQuantity() == minQuantity)
                .map(PriceBreak::unitPrice).findFirst();
    }

    /** How many prices the list holds. */
    public int priceCount() {
        return prices.size();
    }

    /** Removes one product's price from a quantity on; false when the list has none. */
    public boolean removePrice(String sku, int minQuantity, Instant now) {
        var normalized = Product.normalizedSku(sku);
        boolean removed = prices.removeIf(p -> p.sku().equals(normalized) && p.minQuantity() == minQuantity);
        if (removed) {
            updatedAt = now;
        }
        return removed;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String currency() { return currency; }
    public PartnerTier tier() { return tier; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public List<PriceBreak> prices() { return List.copyOf(prices); }
    public Instant updatedAt() { return updatedAt; }
}
