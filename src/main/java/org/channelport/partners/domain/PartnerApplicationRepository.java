package org.channelport.partners.domain;

import java.util.Optional;
import java.util.UUID;

public interface PartnerApplicationRepository {
    Optional<PartnerApplication> find(UUID id);
    boolean pendingWithNormalizedName(String normalizedName);
    boolean pendingWithNormalizedTaxId(String normalizedTaxId);
    void add(PartnerApplication application);
}
