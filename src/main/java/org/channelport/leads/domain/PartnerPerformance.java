package org.channelport.leads.domain;

import java.time.Duration;
import java.util.UUID;

/**
 * How a partner handled the leads offered to it over a window (rule L5; 90 days for routing).
 *
 * @param received      offers made to it
 * @param accepted      offers it accepted
 * @param refused       offers it declined or let run out
 * @param recalled      SLA breaches: offers recalled for not accepting or not working them in time
 * @param converted     accepted leads it converted
 * @param medianToAccept median time from offer to acceptance, or null when it accepted none
 */
public record PartnerPerformance(UUID partnerId, long received, long accepted, long refused, long recalled,
                                 long converted, Duration medianToAccept) {
    /** A partner without decided offers in the window is neither rewarded nor punished. */
    public static final double NEUTRAL_SCORE = 0.5;

    public static PartnerPerformance none(UUID partnerId) {
        return new PartnerPerformance(partnerId, 0, 0, 0, 0, 0, null);
    }

    /** Accepted among decided offers (accepted or refused); NaN when none was decided. */
    public double acceptanceRate() {
        long decided = accepted + refused;
        return decided == 0 ? Double.NaN : (double) accepted / decided;
    }

    /** Converted among accepted; NaN when none was accepted. */
    public double conversionRate() {
        return accepted == 0 ? Double.NaN : (double) converted / accepted;
    }

    /** Rule L5: the mean of the acceptance and conversion rates, 0..1. */
    public double score() {
        if (accepted + refused == 0) {
            return NEUTRAL_SCORE;
        }
        double conversion = accepted == 0 ? 0 : conversionRate();
        return (acceptanceRate() + conversion) / 2;
    }
}
