package org.channelport.partners.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.channelport.partners.domain.ApplicationStatus;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.ProductLine;

public class ApplicationSummary implements Serializable {
    private final UUID id;
    private final String companyName;
    private final PartnerType type;
    private final String country;
    private final String region;
    private final String taxId;
    private final String website;
    private final String contactName;
    private final String contactEmail;
    private final String contactPhone;
    private final ApplicationStatus status;
    private final Instant submittedAt;
    private Set<ProductLine> productLines = Set.of();

    public ApplicationSummary(UUID id, String companyName, PartnerType type, String country, String region, String taxId,
                              String website, String contactName, String contactEmail, String contactPhone,
                              ApplicationStatus status, Instant submittedAt) {
        this.id = id;
        this.companyName = companyName;
        this.type = type;
        this.country = country;
        this.region = region;
        this.taxId = taxId;
        this.website = website;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.status = status;
        this.submittedAt = submittedAt;
    }

    void withProductLines(Set<ProductLine> lines) { this.productLines = lines; }

    public UUID getId() { return id; }
    public String getCompanyName() { return companyName; }
    public PartnerType getType() { return type; }
    public String getCountry() { return country; }
    public String getRegion() { return region; }
    public String getTaxId() { return taxId; }
    public String getWebsite() { return website; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Set<ProductLine> getProductLines() { return productLines; }
}
