package org.channelport.partners.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.channelport.partners.application.PartnerSummary;

public record PartnerJson(UUID id, String name, String type, String tier, String status, String country, String region,
                          List<String> productLines, String taxId, String website, String contactName,
                          String contactEmail, String contactPhone, UUID parentId, Instant createdAt, Instant updatedAt) {
    static PartnerJson of(PartnerSummary p) {
        return new PartnerJson(p.getId(), p.getName(), p.getType().name(), p.getTier().name(), p.getStatus().name(),
                p.getCountry(), p.getRegion(), p.getProductLines().stream().map(Enum::name).sorted().toList(),
                p.getTaxId(), p.getWebsite(), p.getContactName(), p.getContactEmail(), p.getContactPhone(),
                p.getParentId(), p.getCreatedAt(), p.getUpdatedAt());
    }
}
