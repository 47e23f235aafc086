package org.channelport.partners.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.ProductLine;

/** A partner as lists, pages and the ERP directory show it (JavaBean getters: Facelets cannot read records). */
public class PartnerSummary implements Serializable {
    private final UUID id;
    private final String name;
    private final PartnerType type;
    private final PartnerTier tier;
    private final PartnerStatus status;
    private final String country;
    private final String region;
    private final String taxId;
    private final String website;
    private final String contactName;
    private final String contactEmail;
    private final String contactPhone;
    private final UUID parentId;
    private final Instant createdAt;
    private final Instant updatedAt;
    private Set<ProductLine> productLines = Set.of();
    private String parentName;

    public PartnerSummary(UUID id, String name, PartnerType type, PartnerTier tier, PartnerStatus status, String country,
                          String region, String taxId, String website, String contactName, String contactEmail,
                          String contactPhone, UUID parentId, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.tier = tier;
        this.status = status;
        this.country = country;
        this.region = region;
        this.taxId = taxId;
        this.website = website;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.parentId = parentId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    void withDetails(Set<ProductLine> lines, String parent) {
        this.productLines = lines;
        this.parentName = parent;
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public PartnerType getType() { return type; }
    public PartnerTier getTier() { return tier; }
    public PartnerStatus getStatus() { return status; }
    public String getCountry() { return country; }
    public String getRegion() { return region; }
    public String getTaxId() { return taxId; }
    public String getWebsite() { return website; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public UUID getParentId() { return parentId; }
    public String getParentName() { return parentName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<ProductLine> getProductLines() { return productLines; }
    public boolean isSuspended() { return status == PartnerStatus.SUSPENDED; }
}
