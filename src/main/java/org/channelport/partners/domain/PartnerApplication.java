package org.channelport.partners.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.channelport.shared.CompanyNames;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;
import org.channelport.shared.ProductLine;

/** A company's request to join the program (rules PA1, PA4). Decided once: approved with a tier, or rejected with a reason. */
@Entity
@Table(name = "partner_application")
public class PartnerApplication {
    @Id
    private UUID id;
    @Column(name = "company_name", nullable = false)
    private String companyName;
    @Column(name = "normalized_name", nullable = false)
    private String normalizedName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerType type;
    @Column(nullable = false)
    private String country;
    private String region;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_application_product_line", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "product_line")
    @Enumerated(EnumType.STRING)
    private Set<ProductLine> productLines = EnumSet.noneOf(ProductLine.class);
    @Column(name = "tax_id", nullable = false)
    private String taxId;
    @Column(name = "normalized_tax_id", nullable = false)
    private String normalizedTaxId;
    private String website;
    @Column(name = "contact_name", nullable = false)
    private String contactName;
    @Column(name = "contact_email", nullable = false)
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "approved_tier")
    private PartnerTier approvedTier;
    @Column(name = "partner_id")
    private UUID partnerId;
    /** The applicant's language tag ({@code zh-TW}), or null for English. */
    @Column(name = "language")
    private String language;
    @Version
    private long version;

    protected PartnerApplication() {}

    /** A new application; the profile must already be valid (PA1). */
    public static PartnerApplication submit(CompanyProfile profile, Clock clock) {
        return submit(profile, null, clock);
    }

    /** A new application written in this language ({@code zh-TW}; null: English), which its mails follow. */
    public static PartnerApplication submit(CompanyProfile profile, String language, Clock clock) {
        var application = new PartnerApplication();
        application.language = language;
        application.id = UUID.randomUUID();
        application.companyName = profile.companyName();
        application.normalizedName = CompanyNames.normalizeName(profile.companyName());
        application.type = profile.type();
        application.country = profile.country();
        application.region = profile.region();
        application.productLines = profile.productLines().isEmpty() ? EnumSet.noneOf(ProductLine.class)
                : EnumSet.copyOf(profile.productLines());
        application.taxId = profile.taxId();
        application.normalizedTaxId = CompanyNames.normalizeTaxId(profile.taxId());
        application.website = profile.website();
        application.contactName = profile.contactName();
        application.contactEmail = profile.contactEmail();
        application.contactPhone = profile.contactPhone();
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedAt = clock.instant();
        return application;
    }

    /** The applicant's language tag, or null for English. */
    public String language() { return language; }

    public void approve(PartnerTier tier, UUID partner, String approver, Clock clock) {
        requireSubmitted("approve");
        if (tier == null) {
            throw new DomainException(DomainException.Kind.INVALID, "application.tier.required",
                    "Choose a tier for the new partner.").at("tier");
        }
        status = ApplicationStatus.APPROVED;
        approvedTier = tier;
        partnerId = partner;
        decidedBy = approver;
        decidedAt = clock.instant();
    }

    public void reject(String reason, String rejecter, Clock clock) {
        requireSubmitted("reject");
        if (reason == null || reason.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "application.reason.required",
                    "Give the applicant a reason for the rejection.").at("reason");
        }
        status = ApplicationStatus.REJECTED;
        decisionReason = reason.strip().length() > 1000 ? reason.strip().substring(0, 1000) : reason.strip();
        decidedBy = rejecter;
        decidedAt = clock.instant();
    }

    private void requireSubmitted(String action) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new IllegalTransition("application", status, action);
        }
    }

    public CompanyProfile profile() {
        return new CompanyProfile(companyName, type, country, region, productLines, taxId, website, contactName,
                contactEmail, contactPhone);
    }

    public UUID id() { return id; }
    public ApplicationStatus status() { return status; }
    public String normalizedName() { return normalizedName; }
    public String normalizedTaxId() { return normalizedTaxId; }
    public Instant submittedAt() { return submittedAt; }
    public String decisionReason() { return decisionReason; }
    public UUID partnerId() { return partnerId; }
}
