package org.channelport.leads.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Leads and their offers to partners. */
public interface LeadRepository {
    Optional<Lead> find(UUID id);

    /** Locks the lead's row (PESSIMISTIC_WRITE): every state change of a lead goes through this, so that an acceptance
     * and a recall, or two sweepers, are serialized on the row (rule L12). */
    Optional<Lead> findForUpdate(UUID id);

    void add(Lead lead);

    long count();

    void add(LeadAssignment assignment);

    Optional<LeadAssignment> assignment(UUID id);

    /** Rule L2: an existing brand lead with this e-mail key or company key, if any. */
    Optional<UUID> findDuplicate(String emailKey, String companyKey);

    /** Rule L2 for a batch: the keys among these that already exist. */
    Set<String> existingKeys(Collection<String> emailKeys, Collection<String> companyKeys);

    /** Partners a lead must not be offered to again (rule L7): those that declined it or had it recalled. */
    Map<UUID, AssignmentEnd> excludedPartners(UUID leadId);

    /** The same for many leads in one query (previews, explanations): lead id to its excluded partners. */
    Map<UUID, Map<UUID, AssignmentEnd>> excludedPartners(Collection<UUID> leadIds);

    /**
     * Claims up to {@code max} lead ids whose reminder, acceptance or follow-up deadline has passed, locking their rows
     * and skipping rows another sweeper holds (FOR UPDATE SKIP LOCKED on PostgreSQL). Rule L12.
     */
    List<UUID> claimDue(Instant now, int max);

    /** Like {@link #claimDue}: open brand leads held by these (suspended) partners. */
    List<UUID> claimHeldBy(Collection<UUID> partnerIds, int max);

    /**
     * Brings the database's planner statistics up to date after a bulk load (PostgreSQL ANALYZE; nothing elsewhere):
     * without them the de-duplication lookups of a large import fall back to full scans where autovacuum is off or late.
     */
    void refreshStatistics();

    /** Writes pending changes (before a batch moves on, so that memory stays bounded). */
    void flushAndClear();
}
