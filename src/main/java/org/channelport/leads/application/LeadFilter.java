package org.channelport.leads.application;

import java.time.Instant;
import java.util.UUID;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.shared.ProductLine;

/** Filters of lead lists; null means "any". {@code partnerId} only narrows what the caller may see anyway. */
public record LeadFilter(LeadStatus status, String country, ProductLine productLine, UUID partnerId, String text,
                         Instant updatedSince) implements java.io.Serializable {
    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, null, null);
    }
}
