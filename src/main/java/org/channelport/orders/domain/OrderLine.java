package org.channelport.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of a purchase order: what was ordered (the product, its SKU and unit as they were, the quantity), at what
 * price and from where (rule O4: kept, never resolved again), the price the partner expected if it differed, and the
 * ERP's answer (rule O13) in the form an 855 or ORDRSP line is written from.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {
    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(name = "product_id", nullable = false)
    private UUID productId;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitOfMeasure unit;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Enumerated(EnumType.STRING)
    @Column(name = "price_source", nullable = false)
    private PriceSource priceSource;
    /** The price list's name; none for a contract price. */
    @Column(name = "price_source_name")
    private String priceSourceName;
    @Column(name = "expected_price")
    private BigDecimal expectedPrice;
    @Column(name = "requested_date")
    private LocalDate requestedDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LineStatus status;
    @Column(name = "ack_quantity")
    private Integer ackQuantity;
    @Column(name = "ack_price")
    private BigDecimal ackPrice;
    @Column(name = "ack_date")
    private LocalDate ackDate;
    @Column(name = "reason_code")
    private String reasonCode;
    @Column(name = "shipped_quantity", nullable = false)
    private int shippedQuantity;
    @Column(name = "invoiced_quantity", nullable = false)
    private int invoicedQuantity;
    /** Rule O23: the quantity the partner asked for after the answer, until its supplier decides. */
    @Column(name = "requested_quantity")
    private Integer requestedQuantity;
    /** Rule O23: the delivery date the partner asked for after the answer, until its supplier decides. */
    @Column(name = "requested_change_date")
    private LocalDate requestedChangeDate;

    protected OrderLine() {}

    OrderLine(PurchaseOrder order, int lineNo, Product product, int quantity, ResolvedPrice price,
              BigDecimal expectedPrice, LocalDate requestedDate) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.lineNo = lineNo;
        define(product, quantity, price, expectedPrice, requestedDate);
    }

    /** What the line orders, at what price: when placed, and again when the partner changes its order (rule O11). */
    void define(Product product, int quantity, ResolvedPrice price, BigDecimal expectedPrice, LocalDate requestedDate) {
        this.productId = product.id();
        this.sku = product.sku();
        this.name = product.name("en");
        this.unit = product.unit();
        this.quantity = quantity;
        this.unitPrice = price.unitPrice();
        this.priceSource = price.source();
        this.priceSourceName = price.sourceName();
        this.expectedPrice = expectedPrice;
        this.requestedDate = requestedDate;
        this.status = LineStatus.OPEN;
        this.ackQuantity = null;
        this.ackPrice = null;
        this.ackDate = null;
        this.reasonCode = null;
    }

    void answer(LineAcknowledgment ack) {
        switch (ack.action()) {
            case ACCEPT -> status = LineStatus.ACCEPTED;
            case CHANGE -> {
                status = LineStatus.CHANGED;
                ackQuantity = ack.quantity() == null ? null : ack.quantity().intValueExact();
                ackPrice = ack.unitPrice();
                ackDate = ack.date();
            }
            case BACKORDER -> {
                status = LineStatus.BACKORDERED;
                ackDate = ack.date();
            }
            case REJECT -> {
                status = LineStatus.REJECTED;
                reasonCode = ack.reasonCode();
            }
        }
    }

    /** Rule O23: the partner asks for another quantity or date (null: as it is). */
    void requestChange(Integer quantity, LocalDate date) {
        requestedQuantity = quantity;
        requestedChangeDate = date;
    }

    /** Rule O23: the supplier decided; an accepted change becomes the line's agreed quantity and date. */
    void settleRequest(boolean accept) {
        if (accept && (requestedQuantity != null || requestedChangeDate != null)) {
            if (requestedQuantity != null) {
                ackQuantity = requestedQuantity;
            }
            if (requestedChangeDate != null) {
                ackDate = requestedChangeDate;
            }
            // a backordered line whose date moved is still backordered; any other change makes the line changed
            if (!(status == LineStatus.BACKORDERED && requestedQuantity == null)) {
                status = LineStatus.CHANGED;
            }
        }
        requestedQuantity = null;
        requestedChangeDate = null;
    }

    public java.util.Optional<Integer> requestedQuantity() { return java.util.Optional.ofNullable(requestedQuantity); }
    public java.util.Optional<LocalDate> requestedChangeDate() { return java.util.Optional.ofNullable(requestedChangeDate); }

    /** The date the line is expected: the supplier's, else the one the partner asked for. */
    public java.util.Optional<LocalDate> agreedDate() {
        return java.util.Optional.ofNullable(ackDate != null ? ackDate : requestedDate);
    }

    void ship(int quantity) {
        shippedQuantity += quantity;
    }

    void invoice(int quantity) {
        invoicedQuantity += quantity;
    }

    void cancel() {
        status = LineStatus.CANCELLED;
    }

    /** The quantity the brand owner will deliver: the ERP's changed quantity, else as ordered; 0 when refused. */
    public int deliverableQuantity() {
        if (status == LineStatus.REJECTED || status == LineStatus.CANCELLED) {
            return 0;
        }
        return ackQuantity != null ? ackQuantity : quantity;
    }

    /** The net unit price that applies: the ERP's changed price, else the one resolved when ordered. */
    public BigDecimal effectivePrice() {
        return ackPrice != null ? ackPrice : unitPrice;
    }

    /** The line's net amount: what will be delivered at the price that applies. */
    public BigDecimal amount() {
        return effectivePrice().multiply(BigDecimal.valueOf(deliverableQuantity()));
    }

    /** The partner expected another price (rule O10): ordered at the resolved one and shown with both. */
    public boolean priceChanged() {
        return expectedPrice != null && expectedPrice.compareTo(unitPrice) != 0;
    }

    public UUID id() { return id; }
    public int lineNo() { return lineNo; }
    public UUID productId() { return productId; }
    public String sku() { return sku; }
    public String name() { return name; }
    public UnitOfMeasure unit() { return unit; }
    public int quantity() { return quantity; }
    public BigDecimal unitPrice() { return unitPrice; }
    public PriceSource priceSource() { return priceSource; }
    public String priceSourceName() { return priceSourceName; }
    public Optional<BigDecimal> expectedPrice() { return Optional.ofNullable(expectedPrice); }
    public Optional<LocalDate> requestedDate() { return Optional.ofNullable(requestedDate); }
    public LineStatus status() { return status; }
    public Optional<Integer> ackQuantity() { return Optional.ofNullable(ackQuantity); }
    public Optional<BigDecimal> ackPrice() { return Optional.ofNullable(ackPrice); }
    public Optional<LocalDate> ackDate() { return Optional.ofNullable(ackDate); }
    public Optional<String> reasonCode() { return Optional.ofNullable(reasonCode); }
    public int shippedQuantity() { return shippedQuantity; }
    public int invoicedQuantity() { return invoicedQuantity; }
}
