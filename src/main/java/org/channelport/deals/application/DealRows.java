package org.channelport.deals.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.channelport.deals.domain.ConflictFinding;
import org.channelport.deals.domain.DealAttachment;
import org.channelport.deals.domain.DealLine;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.DealStage;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.ExtensionStatus;
import org.channelport.deals.domain.MatchKind;
import org.channelport.deals.domain.PricingKind;
import org.channelport.deals.domain.PricingRequest;
import org.channelport.deals.domain.PricingStatus;
import org.channelport.shared.ProductLine;

/** The read side's row types beyond {@link DealSummary} (JavaBean getters: Facelets reads them). */
public final class DealRows {
    private DealRows() {}

    /** One registration in full, for its page and the API. */
    public static class Detail implements Serializable {
        private final DealSummary summary;
        private final UUID leadId;
        private final String taxId;
        private final String contactName;
        private final String contactEmail;
        private final String contactPhone;
        private final List<DealLine> lines;
        private final String competitor;
        private final String notes;
        private final String firstApprover;
        private final String decidedBy;
        private final Instant decidedAt;
        private final LocalDate protectedFrom;
        private final ExtensionStatus extensionStatus;
        private final String extensionReason;
        private final String lostReason;

        Detail(DealRegistration d, String partnerName) {
            this.summary = new DealSummary(d.id(), d.number(), d.partnerId(), d.status(), d.stage(), d.company(),
                    d.webDomain(), d.country(), d.region(),
                    String.join(",", d.lines().stream().map(l -> l.getProductLine().name()).distinct().sorted()
                            .toList()),
                    d.estimatedValue(), d.currency(), d.expectedCloseDate(), d.conflict(), d.protectedUntil(),
                    d.submittedAt(), d.decisionNote(), d.closedAmount(), d.createdAt(), d.updatedAt());
            this.summary.partnerName(partnerName);
            this.leadId = d.leadId();
            this.taxId = d.taxId();
            this.contactName = d.contactName();
            this.contactEmail = d.contactEmail();
            this.contactPhone = d.contactPhone();
            this.lines = d.lines();
            this.competitor = d.competitor();
            this.notes = d.notes();
            this.firstApprover = d.firstApprover();
            this.decidedBy = d.decidedBy();
            this.decidedAt = d.decidedAt();
            this.protectedFrom = d.protectedFrom();
            this.extensionStatus = d.extensionStatus();
            this.extensionReason = d.extensionReason();
            this.lostReason = d.lostReason();
        }

        public DealSummary getSummary() { return summary; }
        public UUID getId() { return summary.getId(); }
        public String getReference() { return summary.getReference(); }
        public DealStatus getStatus() { return summary.getStatus(); }
        public DealStage getStage() { return summary.getStage(); }
        public UUID getLeadId() { return leadId; }
        public String getTaxId() { return taxId; }
        public String getContactName() { return contactName; }
        public String getContactEmail() { return contactEmail; }
        public String getContactPhone() { return contactPhone; }
        public List<DealLine> getLines() { return lines; }
        public String getCompetitor() { return competitor; }
        public String getNotes() { return notes; }
        public String getFirstApprover() { return firstApprover; }
        public String getDecidedBy() { return decidedBy; }
        public Instant getDecidedAt() { return decidedAt; }
        public LocalDate getProtectedFrom() { return protectedFrom; }
        public ExtensionStatus getExtensionStatus() { return extensionStatus; }
        public String getExtensionReason() { return extensionReason; }
        public String getLostReason() { return lostReason; }
    }

    /** Rule D3 for brand staff: a competing registration or lead beside the one under review. */
    public static class Conflict implements Serializable {
        private final String otherType;
        private final UUID otherId;
        private final String reference;
        private final String partnerName;
        private final MatchKind match;
        private final BigDecimal similarity;
        private final boolean exactOnProtected;
        private final String company;
        private final String webDomain;
        private final String taxId;
        private final String country;
        private final String productLines;
        private final BigDecimal value;
        private final String currency;
        private final String status;
        private final LocalDate protectedUntil;
        private final LocalDate expectedCloseDate;

        Conflict(ConflictFinding f, String reference, String partnerName, String company, String webDomain,
                 String taxId, String country, String productLines, BigDecimal value, String currency, String status,
                 LocalDate protectedUntil, LocalDate expectedCloseDate) {
            this.otherType = f.otherType().name();
            this.otherId = f.otherId();
            this.reference = reference;
            this.partnerName = partnerName;
            this.match = f.match();
            this.similarity = f.similarity();
            this.exactOnProtected = f.exactOnProtected();
            this.company = company;
            this.webDomain = webDomain;
            this.taxId = taxId;
            this.country = country;
            this.productLines = productLines;
            this.value = value;
            this.currency = currency;
            this.status = status;
            this.protectedUntil = protectedUntil;
            this.expectedCloseDate = expectedCloseDate;
        }

        public String getOtherType() { return otherType; }
        public UUID getOtherId() { return otherId; }
        public String getReference() { return reference; }
        public String getPartnerName() { return partnerName; }
        public MatchKind getMatch() { return match; }
        public BigDecimal getSimilarity() { return similarity; }
        public boolean isExactOnProtected() { return exactOnProtected; }
        public String getCompany() { return company; }
        public String getWebDomain() { return webDomain; }
        public String getTaxId() { return taxId; }
        public String getCountry() { return country; }
        public String getProductLines() { return productLines; }
        public BigDecimal getValue() { return value; }
        public String getCurrency() { return currency; }
        public String getStatus() { return status; }
        public LocalDate getProtectedUntil() { return protectedUntil; }
        public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    }

    public static class Pricing implements Serializable {
        private final UUID id;
        private final UUID dealId;
        private final String dealReference;
        private final String partnerName;
        private final ProductLine productLine;
        private final PricingKind kind;
        private final BigDecimal requestedValue;
        private final BigDecimal discountPercent;
        private final String justification;
        private final PricingStatus status;
        private final String requestedBy;
        private final Instant requestedAt;
        private final String escalatedBy;
        private final String decidedBy;
        private final Instant decidedAt;
        private final String decisionNote;

        Pricing(PricingRequest r, String dealReference, String partnerName) {
            this.id = r.id();
            this.dealId = r.dealId();
            this.dealReference = dealReference;
            this.partnerName = partnerName;
            this.productLine = r.productLine();
            this.kind = r.kind();
            this.requestedValue = r.requestedValue();
            this.discountPercent = r.discountPercent();
            this.justification = r.justification();
            this.status = r.status();
            this.requestedBy = r.requestedBy();
            this.requestedAt = r.requestedAt();
            this.escalatedBy = r.escalatedBy();
            this.decidedBy = r.decidedBy();
            this.decidedAt = r.decidedAt();
            this.decisionNote = r.decisionNote();
        }

        public UUID getId() { return id; }
        public UUID getDealId() { return dealId; }
        public String getDealReference() { return dealReference; }
        public String getPartnerName() { return partnerName; }
        public ProductLine getProductLine() { return productLine; }
        public PricingKind getKind() { return kind; }
        public BigDecimal getRequestedValue() { return requestedValue; }
        public BigDecimal getDiscountPercent() { return discountPercent; }
        public String getJustification() { return justification; }
        public PricingStatus getStatus() { return status; }
        public boolean isOpen() { return status.isOpen(); }
        public String getRequestedBy() { return requestedBy; }
        public Instant getRequestedAt() { return requestedAt; }
        public String getEscalatedBy() { return escalatedBy; }
        public String getDecidedBy() { return decidedBy; }
        public Instant getDecidedAt() { return decidedAt; }
        public String getDecisionNote() { return decisionNote; }
    }

    public static class Attachment implements Serializable {
        private final UUID id;
        private final String fileName;
        private final String contentType;
        private final int size;
        private final String uploadedBy;
        private final Instant uploadedAt;

        public Attachment(UUID id, String fileName, String contentType, int size, String uploadedBy,
                          Instant uploadedAt) {
            this.id = id;
            this.fileName = fileName;
            this.contentType = contentType;
            this.size = size;
            this.uploadedBy = uploadedBy;
            this.uploadedAt = uploadedAt;
        }

        public UUID getId() { return id; }
        public String getFileName() { return fileName; }
        public String getContentType() { return contentType; }
        public int getSize() { return size; }
        public String getUploadedBy() { return uploadedBy; }
        public Instant getUploadedAt() { return uploadedAt; }
    }

    /** A file's content, for downloads. */
    public record File(String fileName, String contentType, byte[] content) {
        static File of(DealAttachment a) {
            return new File(a.fileName(), a.contentType(), a.content());
        }
    }

    /** Sum of estimated values per currency of a filtered list (values in different currencies are never added). */
    public record Total(String currency, long count, BigDecimal value) implements Serializable {
        public String getCurrency() { return currency; }
        public long getCount() { return count; }
        public BigDecimal getValue() { return value; }
    }
}
