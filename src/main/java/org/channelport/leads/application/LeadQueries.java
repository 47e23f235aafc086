package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.domain.LeadAssignment;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.leads.domain.RoutingExplanations;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.access.ChannelManagers;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.platform.persistence.Where;
import org.channelport.shared.DomainException;

/**
 * The leads context's read side for pages, the API and exports. Rule L9 in one place: brand-owner staff and the ERP
 * see every lead; a partner only the leads it holds or registered, a foreign id answering "not found", and an offered
 * lead without its contact details until it accepts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeadQueries {
    public static final int MAX_PAGE_SIZE = 200;
    /** Exports read in one go, up to an import's size. */
    public static final int MAX_EXPORT = 100_000;
    /** The states in which a partner works a lead it accepted (a follow-up falls due). */
    static final List<LeadStatus> WORKING = List.of(LeadStatus.ACCEPTED, LeadStatus.CONTACTED, LeadStatus.QUALIFIED);

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    PartnerRoster roster;
    @Inject
    RoutingData data;
    @Inject
    org.channelport.leads.domain.LeadRepository leads;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public record Page(List<LeadSummary> items, int first, int size, long total) {}

    public Page list(LeadFilter filter, int first, int size) {
        return new Page(page(filter, first, size), first, size, count(filter));
    }

    /** The rows of one page without their count (a table asks for the count itself). */
    public List<LeadSummary> page(LeadFilter filter, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new DomainException(DomainException.Kind.INVALID, "error.paging",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".").at(first < 0 ? "page" : "size");
        }
        return rows(filter, first, size);
    }

    /** Every lead the filter selects, for exports (bounded by {@link #MAX_EXPORT}). */
    public List<LeadSummary> export(LeadFilter filter) {
        return rows(filter, 0, MAX_EXPORT);
    }

    private List<LeadSummary> rows(LeadFilter filter, int first, int max) {
        var where = where(filter);
        var rows = where.bind(em.createQuery(LeadSummary.SELECT + where.sql() + " order by l.updatedAt desc, l.id",
                LeadSummary.class)).setFirstResult(first).setMaxResults(max).getResultList();
        return present(rows);
    }

    /**
     * The caller's leads that wait for an answer (offered: accept or decline by {@code acceptDueAt}) or whose follow-up
     * falls due before {@code by} (accepted, contacted or qualified), earliest deadline first (the attention home).
     */
    public List<LeadSummary> dueBy(Instant by, int max) {
        var where = where(LeadFilter.none()).and("(l.status = :offered or (l.status in :working and l.followUpDueAt < :by))")
                .param("offered", LeadStatus.OFFERED).param("working", WORKING).param("by", by);
        return present(where.bind(em.createQuery(LeadSummary.SELECT + where.sql()
                + " order by coalesce(l.acceptDueAt, l.followUpDueAt), l.id", LeadSummary.class))
                .setMaxResults(max).getResultList());
    }

    /** How many leads were offered to the caller's organization (all partners, for managers) in [from, to). */
    public long offeredBetween(Instant from, Instant to) {
        var where = new Where();
        if (!user.seesAllPartners()) {
            where.and("a.partnerId = :own", "own", ownPartner());
        }
        where.and("a.offeredAt >= :from", "from", from).and("a.offeredAt < :to", "to", to);
        return where.bind(em.createQuery("select count(a) from LeadAssignment a" + where.sql(), Long.class))
                .getSingleResult();
    }

    /** Offers recalled for a missed SLA since this instant (rule L10), over all partners: channel managers only. */
    public long slaRecallsSince(Instant since) {
        ChannelManagers.require(user);
        return em.createQuery("select count(a) from LeadAssignment a where a.endReason in :recalls and a.endedAt >= :since",
                        Long.class).setParameter("recalls", List.of(org.channelport.leads.domain.AssignmentEnd.RECALLED_NOT_ACCEPTED,
                        org.channelport.leads.domain.AssignmentEnd.RECALLED_NOT_WORKED))
                .setParameter("since", since).getSingleResult();
    }

    public long count(LeadFilter filter) {
        var where = where(filter);
        return where.bind(em.createQuery("select count(l) from Lead l" + where.sql(), Long.class))
                .getSingleResult();
    }

    public LeadSummary get(UUID leadId) {
        var rows = em.createQuery(LeadSummary.SELECT + " where l.id = :id", LeadSummary.class)
                .setParameter("id", leadId).getResultList();
        if (rows.isEmpty() || !user.seesAllPartners() && !Objects.equals(rows.get(0).getPartnerId(), ownPartner())) {
            throw DomainException.notFound("lead", leadId);
        }
        return present(rows).get(0);
    }

    /** The leads with these ids the caller may see (others are left out, not refused), in no particular order. */
    public List<LeadSummary> visible(java.util.Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return List.of();
        }
        var own = user.seesAllPartners() ? null : ownPartner();
        var rows = em.createQuery(LeadSummary.SELECT + " where l.id in :ids", LeadSummary.class)
                .setParameter("ids", leadIds).getResultList().stream()
                .filter(r -> own == null || own.equals(r.getPartnerId())).toList();
        return present(new java.util.ArrayList<>(rows));
    }

    /** Rule L6: every offer of the lead with its explanation. Brand-owner staff and the ERP only (it names partners). */
    public List<AssignmentRow> assignments(UUID leadId) {
        if (!user.seesAllPartners()) {
            throw DomainException.notFound("lead", leadId);
        }
        return em.createQuery("select a from LeadAssignment a where a.leadId = :l order by a.offeredAt desc, a.id",
                        LeadAssignment.class).setParameter("l", leadId).getResultList().stream()
                .map(LeadQueries::row).toList();
    }

    /** The lead's audit trail: all of it for brand-owner staff; a partner sees only the entries about itself. */
    public List<HistoryEntry> history(UUID leadId) {
        get(leadId);
        var own = user.seesAllPartners() ? null : ownPartner();
        return audit.forSubject("Lead", leadId, 500).stream()
                .filter(e -> own == null || own.equals(e.partnerId()))
                .map(HistoryEntry::new).toList();
    }

    /** The live explanation of a queued lead: why no rule can place it now. Channel managers only. */
    public AssignmentRow explainQueued(UUID leadId) {
        ChannelManagers.require(user);
        var lead = em.find(org.channelport.leads.domain.Lead.class, leadId);
        if (lead == null) {
            throw DomainException.notFound("lead", leadId);
        }
        // Rule L7 here too: the explanation must not offer the lead to a partner that declined it.
        var decision = data.router().route(lead.facts(leads.excludedPartners(leadId)), clock.instant());
        return new AssignmentRow(decision.partnerId(), decision.partnerName(), decision.ruleName(), false, null, null,
                null, null, null, null, decision.unroutableReason(), false, null, decision);
    }

    /** Rule L5's numbers per partner over the last {@code days} days, most leads received first. */
    public List<PartnerLeadStats> partnerStats(int days) {
        ChannelManagers.require(user);
        var performance = data.performanceWithMedians(clock.instant().minus(Duration.ofDays(days)));
        var names = roster.names(performance.keySet());
        return performance.values().stream()
                .map(p -> new PartnerLeadStats(names.getOrDefault(p.partnerId(), p.partnerId().toString()), p))
                .sorted(Comparator.comparingLong(PartnerLeadStats::getReceived).reversed()
                        .thenComparing(PartnerLeadStats::getPartnerName))
                .toList();
    }

    /** Leads by status, for the caller's own scope (console dashboard or partner inbox badges). */
    public Map<LeadStatus, Long> countsByStatus() {
        var where = where(LeadFilter.none());
        var counts = new HashMap<LeadStatus, Long>();
        where.bind(em.createQuery("select l.status, count(l) from Lead l" + where.sql() + " group by l.status",
                Object[].class)).getResultList()
                .forEach(r -> counts.put((LeadStatus) r[0], (Long) r[1]));
        return counts;
    }

    /** Partners a manager may hand a lead to (active ones), by name. */
    public List<PartnerRoster.Member> activePartners() {
        ChannelManagers.require(user);
        return roster.all().stream().filter(PartnerRoster.Member::active)
                .sorted(Comparator.comparing(PartnerRoster.Member::name)).toList();
    }

    /** Colleagues a partner admin may hand a lead to. */
    public List<String[]> colleagues() {
        return roster.activeUsers(ownPartner());
    }

    private List<LeadSummary> present(List<LeadSummary> rows) {
        if (user.seesAllPartners()) {
            var names = roster.names(rows.stream().map(LeadSummary::getPartnerId).filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            rows.forEach(r -> r.withPartnerName(names.get(r.getPartnerId())));
        } else {
            rows.stream().filter(r -> r.getStatus() == LeadStatus.OFFERED).forEach(LeadSummary::masked);
        }
        return rows;
    }

    private static AssignmentRow row(LeadAssignment a) {
        var json = a.explanationText();
        var decision = a.isManual() || json == null ? null : RoutingExplanations.fromJson(a.leadId(), json);
        return new AssignmentRow(a.partnerId(), a.partnerName(), a.ruleName(), a.isManual(), a.assignedBy(),
                a.offeredAt(), a.acceptDueAt(), a.acceptedAt(), a.endedAt(), a.endReason(), a.endNote(),
                a.isConverted(), a.isManual() ? json : null, decision);
    }

    private Where where(LeadFilter filter) {
        var where = new Where();
        if (!user.seesAllPartners()) {
            where.and("l.partnerId = :own", "own", ownPartner());
        }
        return where.and("l.status = :status", "status", filter.status())
                .and("l.country = :country", "country",
                        org.channelport.shared.Countries.filterCode(filter.country()))
                .and("l.productLine = :line", "line", filter.productLine())
                .and("l.partnerId = :partner", "partner", filter.partnerId())
                .and("l.updatedAt >= :since", "since", filter.updatedSince())
                .and("lower(l.company) like :text", "text", Where.containing(filter.text()));
    }

    private UUID ownPartner() {
        return user.requirePartner();
    }
}
