package org.channelport.leads.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.channelport.leads.domain.LeadOrigin;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.shared.ProductLine;

/**
 * A lead as lists, pages, the API and exports show it (JavaBean getters: Facelets cannot read records). For a partner
 * that has not accepted it yet, {@link #masked()} leaves only the company, where it is and what it is about (rule L9).
 */
public class LeadSummary implements Serializable {
    private final UUID id;
    private final String company;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String contactTitle;
    private final String country;
    private final String region;
    private String postalCode;
    private final ProductLine productLine;
    private BigDecimal estimatedValue;
    private String currency;
    private String source;
    private String notes;
    private final LeadOrigin origin;
    private final LeadStatus status;
    private final UUID partnerId;
    private final String assignedUser;
    private final String unroutedReason;
    private final Instant offeredAt;
    private final Instant acceptDueAt;
    private final Instant acceptedAt;
    private final Instant followUpDueAt;
    private String statusNote;
    private String disqualifyReason;
    private final BigDecimal opportunityValue;
    private final String opportunityCurrency;
    private final LocalDate expectedCloseDate;
    private final Instant createdAt;
    private final Instant updatedAt;
    private String partnerName;
    private boolean contactHidden;

    public LeadSummary(UUID id, String company, String contactName, String contactEmail, String contactPhone,
                       String contactTitle, String country, String region, String postalCode, ProductLine productLine,
                       BigDecimal estimatedValue, String currency, String source, String notes, LeadOrigin origin,
                       LeadStatus status, UUID partnerId, String assignedUser, String unroutedReason, Instant offeredAt,
                       Instant acceptDueAt, Instant acceptedAt, Instant followUpDueAt, String statusNote,
                       String disqualifyReason, BigDecimal opportunityValue, String opportunityCurrency,
                       LocalDate expectedCloseDate, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.company = company;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.contactTitle = contactTitle;
        this.country = country;
        this.region = region;
        this.postalCode = postalCode;
        this.productLine = productLine;
        this.estimatedValue = estimatedValue;
        this.currency = currency;
        this.source = source;
        this.notes = notes;
        this.origin = origin;
        this.status = status;
        this.partnerId = partnerId;
        this.assignedUser = assignedUser;
        this.unroutedReason = unroutedReason;
        this.offeredAt = offeredAt;
        this.acceptDueAt = acceptDueAt;
        this.acceptedAt = acceptedAt;
        this.followUpDueAt = followUpDueAt;
        this.statusNote = statusNote;
        this.disqualifyReason = disqualifyReason;
        this.opportunityValue = opportunityValue;
        this.opportunityCurrency = opportunityCurrency;
        this.expectedCloseDate = expectedCloseDate;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static final String SELECT = "select new org.channelport.leads.application.LeadSummary(l.id, l.company, "
            + "l.contactName, l.contactEmail, l.contactPhone, l.contactTitle, l.country, l.region, l.postalCode, "
            + "l.productLine, l.estimatedValue, l.currency, l.source, l.notes, l.origin, l.status, l.partnerId, "
            + "l.assignedUser, l.unroutedReason, l.offeredAt, l.acceptDueAt, l.acceptedAt, l.followUpDueAt, "
            + "l.statusNote, l.disqualifyReason, l.opportunityValue, l.opportunityCurrency, l.expectedCloseDate, "
            + "l.createdAt, l.updatedAt) from Lead l";

    /** Rule L9: what a partner sees of a lead offered to it but not yet accepted. */
    LeadSummary masked() {
        contactName = null;
        contactEmail = null;
        contactPhone = null;
        contactTitle = null;
        postalCode = null;
        estimatedValue = null;
        currency = null;
        source = null;
        notes = null;
        statusNote = null;
        disqualifyReason = null;
        contactHidden = true;
        return this;
    }

    void withPartnerName(String name) {
        this.partnerName = name;
    }

    public UUID getId() { return id; }
    public String getCompany() { return company; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public String getContactTitle() { return contactTitle; }
    public String getCountry() { return country; }
    public String getRegion() { return region; }
    public String getPostalCode() { return postalCode; }
    public ProductLine getProductLine() { return productLine; }
    public BigDecimal getEstimatedValue() { return estimatedValue; }
    public String getCurrency() { return currency; }
    public String getSource() { return source; }
    public String getNotes() { return notes; }
    public LeadOrigin getOrigin() { return origin; }
    public LeadStatus getStatus() { return status; }
    public UUID getPartnerId() { return partnerId; }
    public String getPartnerName() { return partnerName; }
    public String getAssignedUser() { return assignedUser; }
    public String getUnroutedReason() { return unroutedReason; }
    public Instant getOfferedAt() { return offeredAt; }
    public Instant getAcceptDueAt() { return acceptDueAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getFollowUpDueAt() { return followUpDueAt; }
    public String getStatusNote() { return statusNote; }
    public String getDisqualifyReason() { return disqualifyReason; }
    public BigDecimal getOpportunityValue() { return opportunityValue; }
    public String getOpportunityCurrency() { return opportunityCurrency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public boolean isContactHidden() { return contactHidden; }
    public boolean isOffered() { return status == LeadStatus.OFFERED; }
    public boolean isWorking() {
        return status == LeadStatus.ACCEPTED || status == LeadStatus.CONTACTED || status == LeadStatus.QUALIFIED;
    }
}
