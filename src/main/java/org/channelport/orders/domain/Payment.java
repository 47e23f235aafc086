package org.channelport.orders.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.channelport.shared.FieldProblem;

/**
 * A payment the ERP recorded (rule O18): its reference (one payment), date, and the amounts it paid on invoices, each
 * at most what the invoice still owed, in the invoice's currency.
 */
@Entity
@Table(name = "payment")
public class Payment {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String reference;
    /** Who recorded it (rule O22): {@code brand}, or the distributor's partner id; its references are its own. */
    @Column(nullable = false)
    private String issuer;
    @Column(name = "payment_date", nullable = false)
    private LocalDate paymentDate;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_allocation", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderColumn(name = "position")
    private List<Allocation> allocations = new ArrayList<>();

    /** An amount paid on one invoice. */
    @Embeddable
    public static class Allocation {
        @Column(name = "invoice_id", nullable = false)
        private UUID invoiceId;
        @Column(nullable = false)
        private BigDecimal amount;

        protected Allocation() {}

        Allocation(UUID invoiceId, BigDecimal amount) {
            this.invoiceId = invoiceId;
            this.amount = amount;
        }

        public UUID invoiceId() { return invoiceId; }
        public BigDecimal amount() { return amount; }
    }

    protected Payment() {}

    /**
     * Rule O18: the payment, applied to its invoices ({@code invoices} by number: those that exist); every problem at
     * its field and nothing applied when any ({@link OrderMismatch}).
     */
    public static Payment record(String issuer, PaymentRequest r, Map<String, Invoice> invoices, String contentHash,
                                 Instant now) {
        var problems = new ArrayList<FieldProblem>();
        if (r.reference() == null || r.reference().isBlank() || r.reference().strip().length() > 60) {
            problems.add(new FieldProblem("reference", "order.payment.reference", "reference: 1 to 60 characters"));
        }
        if (r.paymentDate() == null) {
            problems.add(new FieldProblem("paymentDate", "order.payment.date", "paymentDate: required"));
        }
        var allocations = r.invoices() == null ? List.<PaymentRequest.Allocation>of() : r.invoices();
        if (allocations.isEmpty()) {
            problems.add(new FieldProblem("invoices", "order.payment.invoices", "invoices: at least one"));
        }
        var sums = new HashMap<String, BigDecimal>();
        for (int i = 0; i < allocations.size(); i++) {
            var at = "invoices[" + i + "].";
            var a = allocations.get(i);
            var invoice = a == null || a.invoice() == null ? null : invoices.get(a.invoice().strip());
            if (invoice == null) {
                problems.add(new FieldProblem(at + "invoice", "order.payment.invoice.unknown", "no such invoice"));
                continue;
            }
            if (a.amount() == null || a.amount().signum() <= 0 || a.amount().stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(at + "amount", "order.payment.amount", "amount: above 0, to the cent"));
                continue;
            }
            var sum = sums.merge(invoice.number(), a.amount(), BigDecimal::add);
            if (sum.compareTo(invoice.open()) > 0) {
                problems.add(new FieldProblem(at + "amount", "order.payment.tooMuch", "amount: the invoice owes "
                        + invoice.open().toPlainString() + " " + invoice.currency(),
                        List.of(invoice.open().toPlainString(), invoice.currency())));
            }
        }
        if (!problems.isEmpty()) {
            throw new OrderMismatch(problems);
        }
        var payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.reference = r.reference().strip();
        payment.issuer = issuer;
        payment.paymentDate = r.paymentDate();
        payment.contentHash = contentHash;
        payment.createdAt = now;
        for (var a : allocations) {
            var invoice = invoices.get(a.invoice().strip());
            invoice.pay(a.amount());
            payment.allocations.add(new Allocation(invoice.id(), a.amount()));
        }
        return payment;
    }

    public boolean sameContent(String hash) { return contentHash.equals(hash); }
    public UUID id() { return id; }
    public String reference() { return reference; }
    public LocalDate paymentDate() { return paymentDate; }
    public List<Allocation> allocations() { return List.copyOf(allocations); }
}
