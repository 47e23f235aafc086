package org.channelport.deals.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The deals context's persistence port. */
public interface DealRegistrationRepository {
    Optional<DealRegistration> find(UUID id);

    /** The registration with its row locked until the transaction ends (every change goes through this). */
    Optional<DealRegistration> findForUpdate(UUID id);

    /** Saves a new registration with its name blocks. */
    void add(DealRegistration deal);

    /** Keeps the name blocks in step after the name or country changed (rule D3). */
    void nameChanged(DealRegistration deal);

    void remove(DealRegistration deal);

    long nextNumber();

    /**
     * Rule D4: holds the conflict-check lock of this scope (a country) until the transaction ends, so that concurrent
     * submissions in one country are checked one after the other.
     */
    void lockScope(String scope);

    /**
     * Rule D3's candidates for a customer: active registrations of other partners, and the partner's own, with the same
     * tax key or web domain (any country), or a normalized name at least {@code minSimilarity} similar in the same country;
     * plus open leads held by other partners with such a name. Product lines are not compared here.
     */
    List<ConflictCandidate> candidates(DealRegistration deal, double minSimilarity, int max);

    void addFinding(ConflictFinding finding);

    /** Findings of the latest submission of this registration. */
    List<ConflictFinding> findings(UUID dealId);

    void clearFindings(UUID dealId);

    void addPricing(PricingRequest request);

    Optional<PricingRequest> findPricingForUpdate(UUID id);

    List<PricingRequest> pricing(UUID dealId);

    void addAttachment(DealAttachment attachment);

    Optional<DealAttachment> attachment(UUID id);

    void removeAttachment(DealAttachment attachment);

    List<DealAttachment> attachments(UUID dealId);

    long attachmentCount(UUID dealId);

    /** Up to {@code max} approved registrations whose protection ended before {@code today} or needs a reminder. */
    List<UUID> claimDue(LocalDate today, LocalDate remindFrom, int max);

    /** Registrations with any of these ids (for the managers' side-by-side view). */
    List<DealRegistration> all(Collection<UUID> ids);
}
