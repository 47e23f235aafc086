package org.channelport.deals.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.channelport.deals.domain.DealStage;
import org.channelport.deals.domain.DealStatus;
import org.channelport.shared.ProductLine;

/**
 * Filters of the registration lists (rule D11), combined with AND; null means any. {@code partnerId} is ignored for
 * partners (they see their own). {@code text} matches the customer's company, its web domain or the DR number.
 */
public record DealFilter(UUID partnerId, DealStage stage, DealStatus status, String country, String region,
                         ProductLine productLine, BigDecimal minValue, BigDecimal maxValue, YearMonth closeMonth,
                         Instant updatedSince, String text, boolean reviewQueue) implements Serializable {
    /** The country as people type it (" de"): blank is "any", the code in capitals, on every channel. */
    public DealFilter {
        country = org.channelport.shared.Countries.filterCode(country);
    }

    public static DealFilter none() {
        return new DealFilter(null, null, null, null, null, null, null, null, null, null, null, false);
    }
}
