package org.channelport.leads.application;

import java.io.Serializable;
import java.time.Duration;
import java.util.UUID;
import org.channelport.leads.domain.PartnerPerformance;

/** A partner's lead handling over a window, for the console's table and chart (rule L5). */
public class PartnerLeadStats implements Serializable {
    private final UUID partnerId;
    private final String partnerName;
    private final long received;
    private final long accepted;
    private final long breaches;
    private final long converted;
    private final Double acceptanceRate;
    private final Double conversionRate;
    private final Duration medianToAccept;
    private final double score;

    PartnerLeadStats(String partnerName, PartnerPerformance p) {
        this.partnerId = p.partnerId();
        this.partnerName = partnerName;
        this.received = p.received();
        this.accepted = p.accepted();
        this.breaches = p.recalled();
        this.converted = p.converted();
        this.acceptanceRate = Double.isNaN(p.acceptanceRate()) ? null : p.acceptanceRate();
        this.conversionRate = Double.isNaN(p.conversionRate()) ? null : p.conversionRate();
        this.medianToAccept = p.medianToAccept();
        this.score = p.score();
    }

    public UUID getPartnerId() { return partnerId; }
    public String getPartnerName() { return partnerName; }
    public long getReceived() { return received; }
    public long getAccepted() { return accepted; }
    public long getBreaches() { return breaches; }
    public long getConverted() { return converted; }
    /** 0..1, or null when no offer was decided. */
    public Double getAcceptanceRate() { return acceptanceRate; }
    public Double getConversionRate() { return conversionRate; }
    public Duration getMedianToAccept() { return medianToAccept; }
    /** Median time to accept in hours (one decimal), or null. */
    public Double getMedianHoursToAccept() {
        return medianToAccept == null ? null : Math.round(medianToAccept.toMinutes() / 6.0) / 10.0;
    }
    public double getScore() { return score; }
}
