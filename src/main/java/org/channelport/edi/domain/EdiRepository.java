package org.channelport.edi.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Trading profiles, the archive and control numbers (rules E4, E5, E9). */
public interface EdiRepository {
    /** The profile an interchange's envelope names: its sender as the partner, its receiver as us. */
    Optional<TradingProfile> profileFor(String standard, String partnerQualifier, String partnerCode, String ourQualifier, String ourCode);

    Optional<TradingProfile> profileOf(UUID partnerId);

    void add(TradingProfile profile);

    void add(ArchivedInterchange interchange);

    /**
     * Whether this profile accepted an interchange of this control number since {@code since} (rule E2): one it refused
     * (cut short, wrong test indicator) may come again under the same number.
     */
    boolean receivedBefore(UUID profileId, String controlNumber, Instant since);

    Optional<TradingProfile> profile(UUID profileId);

    /** Rule E10: where an order booked from EDI came from. */
    void add(OrderSource source);

    Optional<OrderSource> sourceOf(UUID orderId);

    Optional<ArchivedInterchange> interchange(UUID id);

    /** Rule E11: the partner's outbound documents not yet delivered, oldest first. */
    java.util.List<ArchivedInterchange> undelivered(UUID partnerId, int max);

    /** The next control number of this kind (ISA, GS) for the profile: gap-free, under a row lock (rule E4). */
    long nextControlNumber(UUID profileId, String kind);
}
