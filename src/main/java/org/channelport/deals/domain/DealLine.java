package org.channelport.deals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.channelport.shared.ProductLine;

/** One product line of a registered opportunity: which products and the value expected from them. */
@Embeddable
public class DealLine implements Serializable {
    @Enumerated(EnumType.STRING)
    @Column(name = "product_line", nullable = false)
    private ProductLine productLine;
    private String products;
    @Column(nullable = false)
    private BigDecimal amount;

    protected DealLine() {}

    public DealLine(ProductLine productLine, String products, BigDecimal amount) {
        this.productLine = Objects.requireNonNull(productLine);
        this.products = products;
        this.amount = Objects.requireNonNull(amount);
    }

    public ProductLine getProductLine() { return productLine; }
    public String getProducts() { return products; }
    public BigDecimal getAmount() { return amount; }
}
