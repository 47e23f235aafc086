package org.channelport.orders.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An invoice for an order (rules O17, O18): its lines, tax and total as the ERP sent them, and what is paid. */
@Entity
@Table(name = "invoice")
public class Invoice {
    @Id
    private UUID id;
    @Column(name = "order_id", nullable = false)
    private UUID orderId;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(nullable = false)
    private String number;
    /** Who sent it (rule O22): {@code brand}, or the distributor's partner id; its numbers are its own. */
    @Column(nullable = false)
    private String issuer;
    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(nullable = false)
    private String currency;
    @Column(nullable = false)
    private BigDecimal net;
    @Column(nullable = false)
    private BigDecimal tax;
    @Column(nullable = false)
    private BigDecimal total;
    @Column(nullable = false)
    private BigDecimal paid;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<InvoicedLine> lines = new ArrayList<>();
    @Version
    private long version;

    /** A quantity of one order line at its price. */
    @Embeddable
    public static class InvoicedLine {
        @Column(name = "line_no", nullable = false)
        private int line;
        @Column(nullable = false)
        private int quantity;
        @Column(name = "unit_price", nullable = false)
        private BigDecimal unitPrice;
        @Column(nullable = false)
        private BigDecimal amount;

        protected InvoicedLine() {}

        InvoicedLine(int line, int quantity, BigDecimal unitPrice, BigDecimal amount) {
            this.line = line;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
            this.amount = amount;
        }

        public int line() { return line; }
        public int quantity() { return quantity; }
        public BigDecimal unitPrice() { return unitPrice; }
        public BigDecimal amount() { return amount; }
    }

    protected Invoice() {}

    Invoice(UUID orderId, UUID partnerId, String issuer, InvoiceRequest r, List<InvoicedLine> lines, BigDecimal net, BigDecimal total,
            String contentHash, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.partnerId = partnerId;
        this.number = r.number().strip();
        this.issuer = issuer;
        this.invoiceDate = r.invoiceDate();
        this.dueDate = r.dueDate();
        this.currency = r.currency();
        this.net = net;
        this.tax = r.tax() == null ? BigDecimal.ZERO : r.tax();
        this.total = total;
        this.paid = BigDecimal.ZERO;
        this.status = InvoiceStatus.OPEN;
        this.contentHash = contentHash;
        this.createdAt = now;
        this.lines.addAll(lines);
    }

    /** What is still owed. */
    public BigDecimal open() {
        return total.subtract(paid);
    }

    /** Rule O18: a payment of at most what is still owed. */
    void pay(BigDecimal amount) {
        paid = paid.add(amount);
        status = paid.compareTo(total) >= 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTLY_PAID;
    }

    public boolean sameContent(String hash) { return contentHash.equals(hash); }
    public UUID id() { return id; }
    public UUID orderId() { return orderId; }
    public UUID partnerId() { return partnerId; }
    public String number() { return number; }
    public LocalDate invoiceDate() { return invoiceDate; }
    public LocalDate dueDate() { return dueDate; }
    public String currency() { return currency; }
    public BigDecimal net() { return net; }
    public BigDecimal tax() { return tax; }
    public BigDecimal total() { return total; }
    public BigDecimal paid() { return paid; }
    public InvoiceStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public List<InvoicedLine> lines() { return List.copyOf(lines); }
}
