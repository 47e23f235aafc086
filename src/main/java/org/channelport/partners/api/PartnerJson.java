package org.channelport.partners.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.channelport.partners.application.PartnerSummary;

public record PartnerJson(UUID id, String name, @org.channelport.platform.rest.EnumOf(org.channelport.partners.domain.PartnerType.class) String type,
                          @org.channelport.platform.rest.EnumOf(org.channelport.partners.domain.PartnerTier.class) String tier,
                          @org.channelport.platform.rest.EnumOf(org.channelport.partners.domain.PartnerStatus.class) String status, String country, String region,
                          @org.channelport.platform.rest.EnumOf(org.channelport.shared.ProductLine.class) List<String> productLines, String taxId, String website, String contactName,
                          String contactEmail, String contactPhone, UUID parentId, Instant createdAt, Instant updatedAt) {
    static PartnerJson of(PartnerSummary p) {
        return new PartnerJson(p.getId(), p.getName(), p.getType().name(), p.getTier().name(), p.getStatus().name(),
                p.getCountry(), p.getRegion(), p.getProductLines().stream().map(Enum::name).sorted().toList(),
                p.getTaxId(), p.getWebsite(), p.getContactName(), p.getContactEmail(), p.getContactPhone(),
                p.getParentId(), p.getCreatedAt(), p.getUpdatedAt());
    }
}
