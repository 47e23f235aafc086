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

/**
 * An approved partner organization. Invariants: name and tax id are unique in normalized form (PA2); only an agent or
 * retailer has a parent, and that parent is an active distributor (PA7); status moves ACTIVE and SUSPENDED only.
 */
@Entity
@Table(name = "partner")
public class Partner {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(name = "normalized_name", nullable = false)
    private String normalizedName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerTier tier;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerStatus status;
    @Column(nullable = false)
    private String country;
    private String region;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_product_line", joinColumns = @JoinColumn(name = "partner_id"))
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
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(name = "keycloak_group_id")
    private String keycloakGroupId;
    @Column(name = "suspension_reason")
    private String suspensionReason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Partner() {}

    public static Partner create(UUID id, CompanyProfile profile, PartnerTier tier, Clock clock) {
        var partner = new Partner();
        partner.id = id;
        partner.name = profile.companyName();
        partner.normalizedName = CompanyNames.normalizeName(profile.companyName());
        partner.type = profile.type();
        partner.tier = tier;
        partner.status = PartnerStatus.ACTIVE;
        partner.country = profile.country();
        partner.region = profile.region();
        partner.productLines = profile.productLines().isEmpty() ? EnumSet.noneOf(ProductLine.class)
                : EnumSet.copyOf(profile.productLines());
        partner.taxId = profile.taxId();
        partner.normalizedTaxId = CompanyNames.normalizeTaxId(profile.taxId());
        partner.website = profile.website();
        partner.contactName = profile.contactName();
        partner.contactEmail = profile.contactEmail();
        partner.contactPhone = profile.contactPhone();
        partner.createdAt = clock.instant();
        partner.updatedAt = partner.createdAt;
        return partner;
    }

    public void suspend(String reason, Clock clock) {
        if (status != PartnerStatus.ACTIVE) {
            throw new IllegalTransition("partner", status, "suspend");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "partner.suspensionReason.required",
                    "Give a reason for the suspension.").at("reason");
        }
        status = PartnerStatus.SUSPENDED;
        suspensionReason = reason.strip();
        touch(clock);
    }

    public void reactivate(Clock clock) {
        if (status != PartnerStatus.SUSPENDED) {
            throw new IllegalTransition("partner", status, "reactivate");
        }
        status = PartnerStatus.ACTIVE;
        suspensionReason = null;
        touch(clock);
    }

    /** @return the previous tier */
    public PartnerTier changeTier(PartnerTier newTier, Clock clock) {
        if (newTier == null) {
            throw new DomainException(DomainException.Kind.INVALID, "partner.tier.required", "Choose a tier.").at("tier");
        }
        var previous = tier;
        if (previous != newTier) {
            tier = newTier;
            touch(clock);
        }
        return previous;
    }

    /** Rule PA7; a null parent unlinks. */
    public void linkToParent(Partner parent, Clock clock) {
        if (parent != null) {
            if (type == PartnerType.DISTRIBUTOR) {
                throw new DomainException(DomainException.Kind.INVALID, "partner.parent.notAllowed",
                        "A distributor cannot have a parent distributor.").at("parentId");
            }
            if (parent.type != PartnerType.DISTRIBUTOR || parent.id.equals(id)) {
                throw new DomainException(DomainException.Kind.INVALID, "partner.parent.notDistributor",
                        "The parent must be another partner of type distributor.").at("parentId");
            }
            if (parent.status != PartnerStatus.ACTIVE) {
                throw new DomainException(DomainException.Kind.INVALID, "partner.parent.notActive",
                        "The parent distributor is suspended.").at("parentId");
            }
        }
        parentId = parent == null ? null : parent.id;
        touch(clock);
    }

    public void attachKeycloakGroup(String groupId) {
        keycloakGroupId = groupId;
    }

    private void touch(Clock clock) {
        updatedAt = clock.instant();
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public PartnerType type() { return type; }
    public PartnerTier tier() { return tier; }
    public PartnerStatus status() { return status; }
    public UUID parentId() { return parentId; }
    public String keycloakGroupId() { return keycloakGroupId; }
    public boolean isActive() { return status == PartnerStatus.ACTIVE; }
}
