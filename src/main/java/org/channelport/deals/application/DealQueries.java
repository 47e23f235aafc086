package org.channelport.deals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.channelport.deals.domain.ConflictFinding;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.DealRegistrationRepository;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.PricingRequest;
import org.channelport.deals.domain.PricingStatus;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.application.LeadQueries;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.access.ChannelManagers;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.platform.persistence.Where;
import org.channelport.shared.DomainException;

/**
 * The deals context's read side for pages, the API and exports. Rule D4 in one place: brand staff and the ERP see every
 * registration; a partner only its own (a foreign id answers "not found"), and of a conflict only that it exists. The
 * competing registrations themselves ({@link #conflicts}) are for channel managers only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DealQueries {
    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_EXPORT = 100_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    PartnerRoster roster;
    @Inject
    DealRegistrationRepository deals;
    @Inject
    AuditTrail audit;
    @Inject
    LeadQueries leads;

    public record Page(List<DealSummary> items, int first, int size, long total) {}

    public Page list(DealFilter filter, int first, int size) {
        return new Page(page(filter, first, size), first, size, count(filter));
    }

    /** The rows of one page without their count (a table asks for the count itself). */
    public List<DealSummary> page(DealFilter filter, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new DomainException(DomainException.Kind.INVALID, "error.paging",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".").at(first < 0 ? "page" : "size");
        }
        return rows(filter, first, size);
    }

    public List<DealSummary> export(DealFilter filter) {
        return rows(filter, 0, MAX_EXPORT);
    }

    public long count(DealFilter filter) {
        var where = where(filter);
        return where.bind(em.createQuery("select count(d) from DealRegistration d" + where.sql(), Long.class))
                .getSingleResult();
    }

    /** Rule D11: count and value per currency of what the filter selects. */
    public List<DealRows.Total> totals(DealFilter filter) {
        var where = where(filter);
        return where.bind(em.createQuery("select d.currency, count(d), sum(d.estimatedValue) from DealRegistration d"
                + where.sql() + " group by d.currency order by d.currency", Object[].class))
                .getResultList().stream()
                .map(r -> new DealRows.Total((String) r[0], (Long) r[1], (BigDecimal) r[2])).toList();
    }

    /** Rule D11 for the partner's chart: value per stage and currency, in one query. */
    public Map<org.channelport.deals.domain.DealStage, List<DealRows.Total>> totalsByStage() {
        var where = where(DealFilter.none());
        var totals = new java.util.EnumMap<org.channelport.deals.domain.DealStage, List<DealRows.Total>>(
                org.channelport.deals.domain.DealStage.class);
        where.bind(em.createQuery("select d.stage, d.currency, count(d), sum(d.estimatedValue) from DealRegistration d"
                + where.sql() + " group by d.stage, d.currency order by d.currency", Object[].class))
                .getResultList().forEach(r -> totals.computeIfAbsent((org.channelport.deals.domain.DealStage) r[0],
                        k -> new ArrayList<>()).add(new DealRows.Total((String) r[1], (Long) r[2], (BigDecimal) r[3])));
        return totals;
    }

    /** How many pricing requests wait for a decision (the console's badge). Channel managers only. */
    public long openPricingCount() {
        ChannelManagers.require(user);
        return em.createQuery("select count(r) from PricingRequest r where r.status in :open", Long.class)
                .setParameter("open", List.of(PricingStatus.REQUESTED, PricingStatus.ESCALATED)).getSingleResult();
    }

    /** How many pricing requests wait for a decision that a manager of this discount authority may take. */
    public long openPricingWithin(BigDecimal authority) {
        ChannelManagers.require(user);
        return em.createQuery("select count(r) from PricingRequest r where r.status in :open and (r.discountPercent "
                        + "is null or r.discountPercent <= :authority)", Long.class)
                .setParameter("open", List.of(PricingStatus.REQUESTED, PricingStatus.ESCALATED))
                .setParameter("authority", authority).getSingleResult();
    }

    /** Registrations by status in the caller's scope (dashboard and portal badges). */
    public Map<DealStatus, Long> countsByStatus() {
        var where = where(DealFilter.none());
        var counts = new HashMap<DealStatus, Long>();
        where.bind(em.createQuery("select d.status, count(d) from DealRegistration d" + where.sql()
                + " group by d.status", Object[].class)).getResultList().forEach(r -> counts.put((DealStatus) r[0], (Long) r[1]));
        return counts;
    }

    public DealRows.Detail get(UUID id) {
        var deal = visible(id);
        return new DealRows.Detail(deal, user.seesAllPartners()
                ? roster.names(List.of(deal.partnerId())).get(deal.partnerId()) : null);
    }

    /** The registration as its form edits it (the owner only). */
    public DealCommand command(UUID id) {
        var deal = own(id);
        return new DealCommand(deal.company(), deal.webDomain(), deal.country(), deal.region(), deal.taxId(),
                deal.contactName(), deal.contactEmail(), deal.contactPhone(),
                deal.lines().stream().map(l -> new DealCommand.Line(l.getProductLine().name(), l.getProducts(),
                        l.getAmount())).toList(),
                deal.currency(), deal.expectedCloseDate(), deal.stage().name(), deal.competitor(), deal.notes());
    }

    /**
     * A new registration prefilled from a lead the partner holds (rule D1: a converted lead's opportunity becomes the
     * registration's value and close date). A lead the partner does not hold is "not found".
     */
    public DealCommand fromLead(UUID leadId) {
        user.requirePartner();
        var lead = leads.get(leadId);
        var value = lead.getOpportunityValue() != null ? lead.getOpportunityValue() : lead.getEstimatedValue();
        var currency = lead.getOpportunityCurrency() != null ? lead.getOpportunityCurrency() : lead.getCurrency();
        return new DealCommand(lead.getCompany(), null, lead.getCountry(), lead.getRegion(), null,
                lead.getContactName(), lead.getContactEmail(), lead.getContactPhone(),
                List.of(new DealCommand.Line(lead.getProductLine().name(), null, value)), currency,
                lead.getExpectedCloseDate(), "QUALIFIED", null, lead.getNotes());
    }

    /** Rule D3 side by side: what the latest submission found. Channel managers only (it names partners). */
    public List<DealRows.Conflict> conflicts(UUID id) {
        ChannelManagers.require(user);
        visible(id);
        var findings = deals.findings(id);
        var dealIds = findings.stream().filter(f -> f.otherType() == ConflictFinding.OtherType.DEAL)
                .map(ConflictFinding::otherId).toList();
        var others = deals.all(dealIds).stream().collect(Collectors.toMap(DealRegistration::id, d -> d));
        var leadRows = leads.visible(findings.stream().filter(f -> f.otherType() == ConflictFinding.OtherType.LEAD)
                .map(ConflictFinding::otherId).toList()).stream()
                .collect(Collectors.toMap(org.channelport.leads.application.LeadSummary::getId, l -> l));
        var names = roster.names(findings.stream().map(ConflictFinding::otherPartner).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var rows = new ArrayList<DealRows.Conflict>();
        for (var f : findings) {
            var partner = f.otherPartner() == null ? null : names.get(f.otherPartner());
            if (f.otherType() == ConflictFinding.OtherType.DEAL) {
                var d = others.get(f.otherId());
                if (d == null) continue;
                rows.add(new DealRows.Conflict(f, "DR-" + d.number(), partner, d.company(), d.webDomain(), d.taxId(),
                        d.country(), String.join(", ", d.productLineSet().stream().map(Enum::name).toList()),
                        d.estimatedValue(), d.currency(), d.status().name(), d.protectedUntil(),
                        d.expectedCloseDate()));
            } else {
                var lead = leadRows.get(f.otherId());
                if (lead == null) continue;
                rows.add(new DealRows.Conflict(f, "Lead", partner, lead.getCompany(), null, null, lead.getCountry(),
                        lead.getProductLine().name(), lead.getEstimatedValue(), lead.getCurrency(),
                        lead.getStatus().name(), null, lead.getExpectedCloseDate()));
            }
        }
        return rows;
    }

    public List<DealRows.Pricing> pricing(UUID id) {
        var deal = visible(id);
        var name = partnerName(deal.partnerId());
        return deals.pricing(id).stream().map(r -> new DealRows.Pricing(r, "DR-" + deal.number(), name)).toList();
    }

    /** Rule D9: pricing requests waiting for a decision, escalated ones first. Channel managers only. */
    public List<DealRows.Pricing> openPricing() {
        ChannelManagers.require(user);
        var requests = em.createQuery("select r from PricingRequest r where r.status in :open "
                        + "order by r.status, r.requestedAt", PricingRequest.class)
                .setParameter("open", List.of(PricingStatus.REQUESTED, PricingStatus.ESCALATED))
                .setMaxResults(500).getResultList();
        return presentPricing(requests);
    }

    /** Rule D9 for the partner's home: its pricing requests decided (approved or rejected) since this instant. */
    public List<DealRows.Pricing> pricingDecidedSince(Instant since) {
        var requests = em.createQuery("select r from PricingRequest r where r.partnerId = :own and r.status in :decided "
                        + "and r.decidedAt >= :since order by r.decidedAt desc", PricingRequest.class)
                .setParameter("own", user.requirePartner())
                .setParameter("decided", List.of(PricingStatus.APPROVED, PricingStatus.REJECTED))
                .setParameter("since", since).setMaxResults(50).getResultList();
        return presentPricing(requests);
    }

    private List<DealRows.Pricing> presentPricing(List<PricingRequest> requests) {
        var numbers = new HashMap<UUID, Long>();
        var dealIds = requests.stream().map(PricingRequest::dealId).distinct().toList();
        deals.all(dealIds).forEach(d -> numbers.put(d.id(), d.number()));
        var names = user.seesAllPartners()
                ? roster.names(requests.stream().map(PricingRequest::partnerId).collect(Collectors.toSet()))
                : Map.<UUID, String>of();
        return requests.stream().map(r -> new DealRows.Pricing(r, "DR-" + numbers.get(r.dealId()),
                names.get(r.partnerId()))).toList();
    }

    /** Rule D7 for the attention home: the caller's approved registrations whose protection ends by this day. */
    public List<DealSummary> protectionsEndingBy(java.time.LocalDate by, int max) {
        var where = where(new DealFilter(null, null, DealStatus.APPROVED, null, null, null, null, null, null, null, null,
                false)).and("d.protectedUntil <= :by", "by", by);
        return where.bind(em.createQuery(DealSummary.SELECT + where.sql() + " order by d.protectedUntil, d.id",
                DealSummary.class)).setMaxResults(max).getResultList();
    }

    /**
     * The partner home's registrations in one query (issue 10): those in any of these statuses, a rejection only if
     * decided since {@code rejectedSince}, newest change first, at most {@code max}. In the caller's scope (D4).
     */
    public List<DealSummary> needingAttention(java.util.Collection<DealStatus> statuses, Instant rejectedSince, int max) {
        var where = where(DealFilter.none()).and("d.status in :statuses", "statuses", List.copyOf(statuses))
                .and("(d.status <> :rejected or d.updatedAt >= :rejectedSince)")
                .param("rejected", DealStatus.REJECTED).param("rejectedSince", rejectedSince);
        return where.bind(em.createQuery(DealSummary.SELECT + where.sql() + " order by d.updatedAt desc, d.id",
                DealSummary.class)).setMaxResults(max).getResultList();
    }

    public List<DealRows.Attachment> attachments(UUID id) {
        visible(id);
        return em.createQuery("select new org.channelport.deals.application.DealRows.Attachment(a.id, a.fileName, "
                        + "a.contentType, a.size, a.uploadedBy, a.uploadedAt) from DealAttachment a "
                        + "where a.dealId = :d order by a.uploadedAt, a.id", DealRows.Attachment.class)
                .setParameter("d", id).getResultList();
    }

    /** Rule D4 for downloads: the attachment of a registration the caller may see, else "not found". */
    public DealRows.File attachment(UUID dealId, UUID attachmentId) {
        visible(dealId);
        return deals.attachment(attachmentId).filter(a -> a.dealId().equals(dealId)).map(DealRows.File::of)
                .orElseThrow(() -> DomainException.notFound("attachment", attachmentId));
    }

    /** Rule D2: every submission, question, answer and decision, oldest first. */
    public List<HistoryEntry> history(UUID id) {
        visible(id);
        return audit.forSubject("DealRegistration", id, 500).stream().map(HistoryEntry::new).toList();
    }

    private DealRegistration visible(UUID id) {
        var deal = deals.find(id).orElseThrow(() -> DomainException.notFound("deal registration", id));
        if (!user.seesAllPartners() && !deal.partnerId().equals(user.partnerId().orElse(null))) {
            throw DomainException.notFound("deal registration", id);
        }
        return deal;
    }

    private DealRegistration own(UUID id) {
        var partner = user.requirePartner();
        return deals.find(id).filter(d -> d.partnerId().equals(partner))
                .orElseThrow(() -> DomainException.notFound("deal registration", id));
    }

    private String partnerName(UUID partnerId) {
        return user.seesAllPartners() ? roster.names(List.of(partnerId)).get(partnerId) : null;
    }

    private List<DealSummary> rows(DealFilter filter, int first, int max) {
        var where = where(filter);
        var rows = where.bind(em.createQuery(DealSummary.SELECT + where.sql() + " order by d.updatedAt desc, d.id",
                DealSummary.class)).setFirstResult(first).setMaxResults(max).getResultList();
        if (user.seesAllPartners()) {
            var names = roster.names(rows.stream().map(DealSummary::getPartnerId).collect(Collectors.toSet()));
            rows.forEach(r -> r.partnerName(names.get(r.getPartnerId())));
        }
        return rows;
    }

    private Where where(DealFilter f) {
        var where = new Where();
        if (!user.seesAllPartners()) {
            where.and("d.partnerId = :own", "own", user.requirePartner());
        } else {
            where.and("d.partnerId = :partner", "partner", f.partnerId());
        }
        if (f.reviewQueue()) {
            where.and("d.status in :review", "review", List.copyOf(DealStatus.IN_REVIEW));
        }
        where.and("d.stage = :stage", "stage", f.stage())
                .and("d.status = :status", "status", f.status())
                .and("d.country = :country", "country", f.country());
        if (f.region() != null && !f.region().isBlank()) {
            where.and("lower(d.region) = :region", "region", f.region().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.productLine() != null) {
            where.and("d.productLines like :line", "line", "%" + f.productLine().name() + "%");
        }
        where.and("d.estimatedValue >= :minValue", "minValue", f.minValue())
                .and("d.estimatedValue <= :maxValue", "maxValue", f.maxValue());
        if (f.closeMonth() != null) {
            where.and("d.expectedCloseDate >= :closeFrom and d.expectedCloseDate <= :closeTo")
                    .param("closeFrom", f.closeMonth().atDay(1))
                    .param("closeTo", f.closeMonth().atEndOfMonth());
        }
        where.and("d.updatedAt >= :since", "since", f.updatedSince());
        var text = Where.containing(f.text());
        if (text != null) {
            var number = f.text().strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^DR-?", "");
            if (number.matches("[0-9]{1,15}")) {
                where.and("(lower(d.company) like :text or lower(d.webDomain) like :text or d.number = :number)")
                        .param("number", Long.parseLong(number));
            } else {
                where.and("(lower(d.company) like :text or lower(d.webDomain) like :text)");
            }
            where.param("text", text);
        }
        return where;
    }
}
