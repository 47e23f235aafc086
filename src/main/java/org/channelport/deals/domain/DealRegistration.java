package org.channelport.deals.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;
import org.channelport.shared.ProductLine;

/**
 * A partner's claim on an opportunity with an end customer.
 *
 * <p>Invariants: only the owning partner edits it, and only as a draft or after a manager asked for more information
 * (rule D2); a submission carries the conflict level found at that moment (D3); an approval is given by a channel
 * manager, and a registration whose value needs two approvals gets them from two different managers (D6); an approved
 * registration is protected from {@code protectedFrom} to {@code protectedUntil} inclusive, extended at most once (D7);
 * REJECTED, EXPIRED, WON and LOST are final.
 */
@Entity
@Table(name = "deal_registration")
public class DealRegistration {
    @Id
    private UUID id;
    @Column(name = "deal_number", nullable = false)
    private long number;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(name = "lead_id")
    private UUID leadId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealStage stage;
    @Column(name = "customer_company", nullable = false)
    private String company;
    @Column(name = "match_name", nullable = false)
    private String matchName;
    @Column(name = "web_domain")
    private String webDomain;
    @Column(name = "tax_id")
    private String taxId;
    @Column(name = "tax_key")
    private String taxKey;
    @Column(nullable = false)
    private String country;
    private String region;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    /** The lines' product lines, comma-separated, for filters and the conflict check's overlap test. */
    @Column(name = "product_lines", nullable = false)
    private String productLines;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deal_line", joinColumns = @JoinColumn(name = "deal_id"))
    @OrderColumn(name = "position")
    private List<DealLine> lines = new ArrayList<>();
    @Column(name = "estimated_value", nullable = false)
    private BigDecimal estimatedValue;
    @Column(nullable = false)
    private String currency;
    @Column(name = "expected_close_date", nullable = false)
    private LocalDate expectedCloseDate;
    private String competitor;
    private String notes;
    @Enumerated(EnumType.STRING)
    private ConflictLevel conflict;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "first_approver")
    private String firstApprover;
    @Column(name = "first_approved_at")
    private Instant firstApprovedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "protected_from")
    private LocalDate protectedFrom;
    @Column(name = "protected_until")
    private LocalDate protectedUntil;
    @Column(name = "expiry_reminded_at")
    private Instant expiryRemindedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "extension_status")
    private ExtensionStatus extensionStatus;
    @Column(name = "extension_reason")
    private String extensionReason;
    @Column(name = "extension_days")
    private Integer extensionDays;
    @Column(name = "closed_amount")
    private BigDecimal closedAmount;
    @Column(name = "lost_reason")
    private String lostReason;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected DealRegistration() {}

    /** A new registration, saved as a draft; {@link #submit} sends it to review. */
    public static DealRegistration draft(UUID id, long number, UUID partnerId, UUID leadId, DealDetails details,
                                         String actor, Instant now) {
        var deal = new DealRegistration();
        deal.id = id;
        deal.number = number;
        deal.partnerId = partnerId;
        deal.leadId = leadId;
        deal.status = DealStatus.DRAFT;
        deal.createdBy = actor;
        deal.createdAt = now;
        deal.apply(details, now);
        return deal;
    }

    /** Rule D2: the partner changes what it registered, as a draft or to answer a manager's question. */
    public void edit(UUID partner, DealDetails details, Instant now) {
        requireOwner(partner);
        if (!status.isEditable()) throw new IllegalTransition("deal registration", "deal", status, "edit");
        apply(details, now);
    }

    private void apply(DealDetails d, Instant now) {
        company = d.company();
        matchName = CustomerKeys.matchName(d.company());
        webDomain = d.webDomain();
        taxId = d.taxId();
        taxKey = CustomerKeys.taxId(d.taxId());
        country = d.country();
        region = d.region();
        contactName = d.contactName();
        contactEmail = d.contactEmail();
        contactPhone = d.contactPhone();
        lines = new ArrayList<>(d.lines());
        productLines = d.lines().stream().map(l -> l.getProductLine().name()).distinct().sorted()
                .collect(Collectors.joining(","));
        estimatedValue = d.lines().stream().map(DealLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        currency = d.currency();
        expectedCloseDate = d.expectedCloseDate();
        stage = d.stage();
        competitor = d.competitor();
        notes = d.notes();
        updatedAt = now;
    }

    /**
     * Rule D3/D5: sends the registration to review with what the conflict check found; HELD when it found anything.
     * The first approval of an earlier round no longer counts (the details may have changed).
     */
    public void submit(UUID partner, ConflictLevel found, Instant now) {
        requireOwner(partner);
        if (!status.isEditable()) throw new IllegalTransition("deal registration", "deal", status, "submit");
        status = found == ConflictLevel.NONE ? DealStatus.SUBMITTED : DealStatus.HELD;
        conflict = found;
        submittedAt = now;
        firstApprover = null;
        firstApprovedAt = null;
        decisionNote = null;
        updatedAt = now;
    }

    /**
     * Rule D6: a channel manager approves. When two approvals are needed the first moves the registration to
     * AWAITING_SECOND_APPROVAL and the second must come from someone else. Returns true when the registration is now
     * approved and protected.
     */
    public boolean approve(String manager, boolean needsTwo, int protectionDays, LocalDate today, Instant now) {
        if (!status.isInReview()) throw new IllegalTransition("deal registration", "deal", status, "approve");
        if (status == DealStatus.AWAITING_SECOND_APPROVAL) {
            if (manager.equals(firstApprover)) {
                throw DomainException.forbidden("deal.approval.sameManager",
                        "The second approval must come from another channel manager.");
            }
        } else if (needsTwo) {
            status = DealStatus.AWAITING_SECOND_APPROVAL;
            firstApprover = manager;
            firstApprovedAt = now;
            updatedAt = now;
            return false;
        }
        status = DealStatus.APPROVED;
        decidedBy = manager;
        decidedAt = now;
        protectedFrom = today;
        protectedUntil = today.plusDays(protectionDays - 1L);
        updatedAt = now;
        return true;
    }

    public void reject(String manager, String reason, Instant now) {
        if (!status.isInReview()) throw new IllegalTransition("deal registration", "deal", status, "reject");
        status = DealStatus.REJECTED;
        decidedBy = manager;
        decidedAt = now;
        decisionNote = reason;
        updatedAt = now;
    }

    /** Rule D2: the partner gets the registration back to edit and resubmit; the question is kept in its history. */
    public void requestInformation(String manager, String question, Instant now) {
        if (!status.isInReview()) {
            throw new IllegalTransition("deal registration", "deal", status, "requestInformation");
        }
        status = DealStatus.INFO_REQUESTED;
        decidedBy = manager;
        decidedAt = now;
        decisionNote = question;
        firstApprover = null;
        firstApprovedAt = null;
        updatedAt = now;
    }

    /** Rule D7: one extension request per registration, while it is protected. */
    public void requestExtension(UUID partner, String reason, Instant now) {
        requireOwner(partner);
        if (status != DealStatus.APPROVED) {
            throw new IllegalTransition("deal registration", "deal", status, "requestExtension");
        }
        if (extensionStatus != null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "deal.extension.once",
                    "An extension has already been requested for this registration.");
        }
        extensionStatus = ExtensionStatus.REQUESTED;
        extensionReason = reason;
        updatedAt = now;
    }

    public void decideExtension(boolean approve, int days, Instant now) {
        if (status != DealStatus.APPROVED || extensionStatus != ExtensionStatus.REQUESTED) {
            throw new IllegalTransition("deal registration", "deal", status, "decideExtension");
        }
        extensionStatus = approve ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED;
        if (approve) {
            extensionDays = days;
            protectedUntil = protectedUntil.plusDays(days);
            expiryRemindedAt = null;
        }
        updatedAt = now;
    }

    /** Rule D7: the day after the last protected day, the registration expires and stops blocking others. */
    public boolean expireIfDue(LocalDate today, Instant now) {
        if (status != DealStatus.APPROVED || !protectedUntil.isBefore(today)) return false;
        status = DealStatus.EXPIRED;
        updatedAt = now;
        return true;
    }

    public boolean reminderDue(LocalDate today, int daysBefore) {
        return status == DealStatus.APPROVED && expiryRemindedAt == null
                && !protectedUntil.minusDays(daysBefore).isAfter(today);
    }

    public void reminded(Instant now) {
        expiryRemindedAt = now;
    }

    public void closeWon(UUID partner, BigDecimal amount, Instant now) {
        requireOwner(partner);
        if (status != DealStatus.APPROVED) throw new IllegalTransition("deal registration", "deal", status, "closeWon");
        status = DealStatus.WON;
        closedAmount = amount;
        closedAt = now;
        updatedAt = now;
    }

    public void closeLost(UUID partner, String reason, Instant now) {
        requireOwner(partner);
        if (status != DealStatus.APPROVED) {
            throw new IllegalTransition("deal registration", "deal", status, "closeLost");
        }
        status = DealStatus.LOST;
        lostReason = reason;
        closedAt = now;
        updatedAt = now;
    }

    /** A change to the registration's pricing or attachments: readers polling {@code updatedSince} should see it. */
    public void touched(Instant now) {
        updatedAt = now;
    }

    private void requireOwner(UUID partner) {
        if (!partnerId.equals(partner)) {
            throw org.channelport.shared.DomainException.notFound("deal registration", id);
        }
    }

    public Set<ProductLine> productLineSet() {
        var set = EnumSet.noneOf(ProductLine.class);
        lines.forEach(l -> set.add(l.getProductLine()));
        return set;
    }

    /** The registration's value in one product line (what a target price is compared with). */
    public BigDecimal amountOf(ProductLine line) {
        return lines.stream().filter(l -> l.getProductLine() == line).map(DealLine::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UUID id() { return id; }
    public long number() { return number; }
    public UUID partnerId() { return partnerId; }
    public UUID leadId() { return leadId; }
    public DealStatus status() { return status; }
    public DealStage stage() { return stage; }
    public String company() { return company; }
    public String matchName() { return matchName; }
    public java.util.Set<String> nameKeys() { return CustomerKeys.nameKeys(country, matchName); }
    public String webDomain() { return webDomain; }
    public String taxId() { return taxId; }
    public String taxKey() { return taxKey; }
    public String country() { return country; }
    public String region() { return region; }
    public String contactName() { return contactName; }
    public String contactEmail() { return contactEmail; }
    public String contactPhone() { return contactPhone; }
    public List<DealLine> lines() { return List.copyOf(lines); }
    public BigDecimal estimatedValue() { return estimatedValue; }
    public String currency() { return currency; }
    public LocalDate expectedCloseDate() { return expectedCloseDate; }
    public String competitor() { return competitor; }
    public String notes() { return notes; }
    public ConflictLevel conflict() { return conflict; }
    public Instant submittedAt() { return submittedAt; }
    public String firstApprover() { return firstApprover; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public LocalDate protectedFrom() { return protectedFrom; }
    public LocalDate protectedUntil() { return protectedUntil; }
    public ExtensionStatus extensionStatus() { return extensionStatus; }
    public String extensionReason() { return extensionReason; }
    public BigDecimal closedAmount() { return closedAmount; }
    public String lostReason() { return lostReason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
