package org.channelport.deals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;

/**
 * A partner's request for a special price on one product line of an approved registration (rule D9): a discount in
 * percent, or a target price (kept with the discount it amounts to). A manager approves within its authority; a
 * request beyond it is escalated to a manager whose authority covers it.
 */
@Entity
@Table(name = "deal_pricing_request")
public class PricingRequest {
    @Id
    private UUID id;
    @Column(name = "deal_id", nullable = false)
    private UUID dealId;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "product_line", nullable = false)
    private ProductLine productLine;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PricingKind kind;
    @Column(name = "requested_value", nullable = false)
    private BigDecimal requestedValue;
    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent;
    @Column(nullable = false)
    private String justification;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PricingStatus status;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "escalated_by")
    private String escalatedBy;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    @Version
    private long version;

    protected PricingRequest() {}

    /**
     * @param lineAmount the registration's value in this product line (a target price is compared with it)
     */
    public static PricingRequest request(DealRegistration deal, ProductLine line, PricingKind kind, BigDecimal value,
                                         String justification, String actor, Instant now) {
        var lineAmount = deal.amountOf(line);
        if (lineAmount.signum() == 0) {
            throw DomainException.invalid("deal.pricing.lineUnknown",
                    "The registration has no value in product line " + line + ".", "productLine");
        }
        BigDecimal percent;
        if (kind == PricingKind.PERCENT) {
            if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw DomainException.invalid("deal.pricing.percentRange",
                        "A discount is more than 0 and less than 100 percent.", "value");
            }
            percent = value.setScale(2, RoundingMode.HALF_UP);
        } else {
            if (value.signum() <= 0 || value.compareTo(lineAmount) >= 0) {
                throw DomainException.invalid("deal.pricing.targetRange",
                        "A target price is more than 0 and below the registered value of the product line.", "value");
            }
            percent = BigDecimal.ONE.subtract(value.divide(lineAmount, 6, RoundingMode.HALF_UP))
                    .multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
        }
        var r = new PricingRequest();
        r.id = UUID.randomUUID();
        r.dealId = deal.id();
        r.partnerId = deal.partnerId();
        r.productLine = line;
        r.kind = kind;
        r.requestedValue = value;
        r.discountPercent = percent;
        r.justification = justification;
        r.status = PricingStatus.REQUESTED;
        r.requestedBy = actor;
        r.requestedAt = now;
        return r;
    }

    /** Rule D9: approves when the manager's authority covers the discount; refuses otherwise (escalate instead). */
    public void approve(String manager, BigDecimal authorityPercent, String note, Instant now) {
        requireOpen("approve");
        if (discountPercent.compareTo(authorityPercent) > 0) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "deal.pricing.beyondAuthority",
                    "This discount (" + discountPercent.toPlainString() + " %) is beyond your approval authority ("
                            + authorityPercent.toPlainString() + " %): escalate it.")
                    .with(discountPercent.toPlainString(), authorityPercent.toPlainString());
        }
        decide(PricingStatus.APPROVED, manager, note, now);
    }

    public void reject(String manager, String note, Instant now) {
        requireOpen("reject");
        decide(PricingStatus.REJECTED, manager, note, now);
    }

    /** Passes the request on to managers with more authority; only while the discount exceeds the escalator's own. */
    public void escalate(String manager, BigDecimal authorityPercent, String note, Instant now) {
        if (status != PricingStatus.REQUESTED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "deal.pricing.notOpen",
                    "This pricing request is no longer waiting for you.");
        }
        if (discountPercent.compareTo(authorityPercent) <= 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "deal.pricing.withinAuthority",
                    "This discount is within your approval authority: approve or reject it.");
        }
        status = PricingStatus.ESCALATED;
        escalatedBy = manager;
        escalatedAt = now;
        decisionNote = note;
    }

    private void decide(PricingStatus outcome, String manager, String note, Instant now) {
        status = outcome;
        decidedBy = manager;
        decidedAt = now;
        decisionNote = note;
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "deal.pricing.notOpen",
                    "This pricing request has already been decided.");
        }
    }

    public UUID id() { return id; }
    public UUID dealId() { return dealId; }
    public UUID partnerId() { return partnerId; }
    public ProductLine productLine() { return productLine; }
    public PricingKind kind() { return kind; }
    public BigDecimal requestedValue() { return requestedValue; }
    public BigDecimal discountPercent() { return discountPercent; }
    public String justification() { return justification; }
    public PricingStatus status() { return status; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String escalatedBy() { return escalatedBy; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
}
