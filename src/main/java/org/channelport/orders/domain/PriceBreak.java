package org.channelport.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One price of a price list: a product's net unit price from a quantity on (the list's quantity breaks). */
@Embeddable
public class PriceBreak implements Serializable {
    @Column(nullable = false)
    private String sku;
    @Column(name = "min_quantity", nullable = false)
    private int minQuantity;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    protected PriceBreak() {}

    public PriceBreak(String sku, int minQuantity, BigDecimal unitPrice) {
        this.sku = Product.normalizedSku(Objects.requireNonNull(sku));
        this.minQuantity = minQuantity;
        this.unitPrice = Objects.requireNonNull(unitPrice);
    }

    public String sku() { return sku; }
    public int minQuantity() { return minQuantity; }
    public BigDecimal unitPrice() { return unitPrice; }
}
