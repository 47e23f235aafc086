package org.channelport.partners.domain;

import java.util.Optional;
import java.util.UUID;

public interface PartnerRepository {
    Optional<Partner> find(UUID id);
    /** Takes a pessimistic write lock: used before state changes that other requests may race (suspension, tier). */
    Optional<Partner> findForUpdate(UUID id);
    boolean existsWithNormalizedName(String normalizedName);
    boolean existsWithNormalizedTaxId(String normalizedTaxId);
    void add(Partner partner);
    long count();
    /** Writes pending inserts now, e.g. before rows that refer to them by parent_id. */
    void flush();
}
