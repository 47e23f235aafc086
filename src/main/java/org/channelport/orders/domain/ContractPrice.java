package org.channelport.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A price agreed with one partner for one product (rule O4): it overrides the price lists from its quantity on, in its
 * currency, for its period (inclusive; no last day: open-ended).
 */
@Entity
@Table(name = "contract_price")
public class ContractPrice {
    @Id
    private UUID id;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private String currency;
    @Column(name = "min_quantity", nullable = false)
    private int minQuantity;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected ContractPrice() {}

    public ContractPrice(UUID id, UUID partnerId, String sku, String currency, int minQuantity, BigDecimal unitPrice,
                         LocalDate validFrom, LocalDate validTo, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.partnerId = Objects.requireNonNull(partnerId);
        this.sku = Product.normalizedSku(Objects.requireNonNull(sku));
        this.currency = Objects.requireNonNull(currency);
        this.minQuantity = minQuantity;
        this.unitPrice = Objects.requireNonNull(unitPrice);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validTo = validTo;
        this.updatedAt = now;
    }

    /** The ERP's new price or last day for the same partner, product, currency, break and first day. */
    public void change(BigDecimal unitPrice, LocalDate validTo, Instant now) {
        this.unitPrice = Objects.requireNonNull(unitPrice);
        this.validTo = validTo;
        this.updatedAt = now;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public UUID id() { return id; }
    public UUID partnerId() { return partnerId; }
    public String sku() { return sku; }
    public String currency() { return currency; }
    public int minQuantity() { return minQuantity; }
    public BigDecimal unitPrice() { return unitPrice; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public Instant updatedAt() { return updatedAt; }
}
