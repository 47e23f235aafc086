package org.channelport.partners.application;

import java.time.Instant;
import org.channelport.partners.domain.PartnerStatus;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;

/** Optional criteria of the partner directory; null means "any". */
public record PartnerFilter(PartnerType type, PartnerTier tier, PartnerStatus status, String country,
                            Instant updatedSince, String nameContains) {
    public static PartnerFilter any() {
        return new PartnerFilter(null, null, null, null, null, null);
    }
}
