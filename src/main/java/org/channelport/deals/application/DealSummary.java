package org.channelport.deals.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.channelport.deals.domain.ConflictLevel;
import org.channelport.deals.domain.DealStage;
import org.channelport.deals.domain.DealStatus;

/** One row of a registration list (JavaBean getters for Facelets; the partner's name is filled in for brand staff). */
public class DealSummary implements Serializable {
    static final String SELECT = "select new org.channelport.deals.application.DealSummary(d.id, d.number, "
            + "d.partnerId, d.status, d.stage, d.company, d.webDomain, d.country, d.region, d.productLines, "
            + "d.estimatedValue, d.currency, d.expectedCloseDate, d.conflict, d.protectedUntil, d.submittedAt, "
            + "d.decisionNote, d.closedAmount, d.createdAt, d.updatedAt) from DealRegistration d";

    private final UUID id;
    private final long number;
    private final UUID partnerId;
    private String partnerName;
    private final DealStatus status;
    private final DealStage stage;
    private final String company;
    private final String webDomain;
    private final String country;
    private final String region;
    private final String productLines;
    private final BigDecimal estimatedValue;
    private final String currency;
    private final LocalDate expectedCloseDate;
    private final ConflictLevel conflict;
    private final LocalDate protectedUntil;
    private final Instant submittedAt;
    private final String decisionNote;
    private final BigDecimal closedAmount;
    private final Instant createdAt;
    private final Instant updatedAt;

    public DealSummary(UUID id, long number, UUID partnerId, DealStatus status, DealStage stage, String company,
                       String webDomain, String country, String region, String productLines,
                       BigDecimal estimatedValue, String currency, LocalDate expectedCloseDate,
                       ConflictLevel conflict, LocalDate protectedUntil, Instant submittedAt, String decisionNote,
                       BigDecimal closedAmount, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.number = number;
        this.partnerId = partnerId;
        this.status = status;
        this.stage = stage;
        this.company = company;
        this.webDomain = webDomain;
        this.country = country;
        this.region = region;
        this.productLines = productLines;
        this.estimatedValue = estimatedValue;
        this.currency = currency;
        this.expectedCloseDate = expectedCloseDate;
        this.conflict = conflict;
        this.protectedUntil = protectedUntil;
        this.submittedAt = submittedAt;
        this.decisionNote = decisionNote;
        this.closedAmount = closedAmount;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    void partnerName(String name) { this.partnerName = name; }

    public UUID getId() { return id; }
    /** What people quote: DR-1001. */
    public String getReference() { return "DR-" + number; }
    public long getNumber() { return number; }
    public UUID getPartnerId() { return partnerId; }
    public String getPartnerName() { return partnerName; }
    public DealStatus getStatus() { return status; }
    public DealStage getStage() { return stage; }
    public String getCompany() { return company; }
    public String getWebDomain() { return webDomain; }
    public String getCountry() { return country; }
    public String getRegion() { return region; }
    public List<String> getProductLines() { return Arrays.asList(productLines.split(",")); }
    public BigDecimal getEstimatedValue() { return estimatedValue; }
    public String getCurrency() { return currency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    /** Whether the check at submission found a possible conflict (partners see only this, never with whom). */
    public boolean isPossibleConflict() { return conflict != null && conflict != ConflictLevel.NONE; }
    public ConflictLevel getConflict() { return conflict; }
    public LocalDate getProtectedUntil() { return protectedUntil; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getDecisionNote() { return decisionNote; }
    public BigDecimal getClosedAmount() { return closedAmount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
