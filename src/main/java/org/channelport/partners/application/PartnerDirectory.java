package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.domain.ApplicationStatus;
import org.channelport.platform.access.ChannelManagers;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.platform.persistence.Where;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;

/**
 * The partners context's published read API (pages, REST, SOAP and other contexts). Every method applies rule PA5:
 * brand-owner staff and the ERP see all partners, anyone else only their own organization.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnerDirectory {
    public static final int MAX_PAGE_SIZE = 200;
    /** Exports read in one go; far more partners than a brand has (and within a database's bound parameters). */
    public static final int MAX_EXPORT = 10_000;
    private static final String PARTNER_SUMMARY = "select new org.channelport.partners.application.PartnerSummary("
            + "p.id, p.name, p.type, p.tier, p.status, p.country, p.region, p.taxId, p.website, p.contactName, "
            + "p.contactEmail, p.contactPhone, p.parentId, p.createdAt, p.updatedAt) from Partner p";

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    Tenancy tenancy;
    @Inject
    AuditTrail audit;

    public PartnerPage list(PartnerFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new DomainException(DomainException.Kind.INVALID, "error.paging",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".").at(page < 0 ? "page" : "size");
        }
        if ((long) page * size > Integer.MAX_VALUE - size) {
            throw new DomainException(DomainException.Kind.INVALID, "error.paging",
                    "page is beyond the last possible page for this size.").at("page");
        }
        var where = where(filter);
        return new PartnerPage(rows(where, page * size, size), page, size, count(where));
    }

    /** The rows of one page, from row {@code first}, without their count (a table asks for the count itself). */
    public List<PartnerSummary> page(PartnerFilter filter, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new DomainException(DomainException.Kind.INVALID, "error.paging",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".").at(first < 0 ? "page" : "size");
        }
        return rows(where(filter), first, size);
    }

    /** Every partner the filter selects, for exports (bounded by {@link #MAX_EXPORT}). */
    public List<PartnerSummary> export(PartnerFilter filter) {
        return rows(where(filter), 0, MAX_EXPORT);
    }

    private List<PartnerSummary> rows(Where where, int first, int max) {
        var rows = where.bind(em.createQuery(PARTNER_SUMMARY + where.sql() + " order by p.name, p.id",
                PartnerSummary.class)).setFirstResult(first).setMaxResults(max).getResultList();
        addDetails(rows);
        return rows;
    }

    /** How many partners the caller sees with this filter (for pagers: no rows are loaded). */
    public long count(PartnerFilter filter) {
        return count(where(filter));
    }

    private long count(Where where) {
        return where.bind(em.createQuery("select count(p) from Partner p" + where.sql(), Long.class))
                .getSingleResult();
    }

    /** The filter as JPQL, always restricted to the caller's own partner unless it sees all (PA5). */
    private Where where(PartnerFilter filter) {
        var where = new Where();
        if (!user.seesAllPartners()) {
            where.and("p.id = :own", "own", user.requirePartner());
        }
        return where.and("p.type = :type", "type", filter.type())
                .and("p.tier = :tier", "tier", filter.tier())
                .and("p.status = :status", "status", filter.status())
                .and("p.country = :country", "country",
                        org.channelport.shared.Countries.filterCode(filter.country()))
                .and("p.updatedAt >= :since", "since", filter.updatedSince())
                .and("lower(p.name) like :name", "name", Where.containing(filter.nameContains()));
    }

    public PartnerSummary get(UUID partnerId) {
        tenancy.requireVisible(partnerId, "partner", partnerId);
        var rows = em.createQuery(PARTNER_SUMMARY + " where p.id = :id", PartnerSummary.class)
                .setParameter("id", partnerId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("partner", partnerId);
        }
        addDetails(rows);
        return rows.get(0);
    }

    public List<PartnerUserSummary> users(UUID partnerId) {
        requireExisting(partnerId);
        return em.createQuery("select new org.channelport.partners.application.PartnerUserSummary(u.id, u.partnerId, "
                        + "u.username, u.email, u.firstName, u.lastName, u.role, u.status, u.createdAt, u.firstSignedInAt) "
                        + "from PartnerUser u where u.partnerId = :p order by u.lastName, u.firstName, u.username",
                PartnerUserSummary.class).setParameter("p", partnerId).getResultList();
    }

    /** How many of this partner's active people, other than the caller, have never signed in. */
    public long neverSignedIn(UUID partnerId) {
        requireExisting(partnerId);
        return em.createQuery("select count(u) from PartnerUser u where u.partnerId = :p and u.status = :active "
                        + "and u.firstSignedInAt is null and u.username <> :me", Long.class)
                .setParameter("p", partnerId).setParameter("active", org.channelport.partners.domain.UserStatus.ACTIVE)
                .setParameter("me", user.name()).getSingleResult();
    }

    public List<HistoryEntry> history(UUID partnerId, int first, int max) {
        requireExisting(partnerId);
        return audit.forPartner(partnerId, first, Math.min(max, MAX_PAGE_SIZE)).stream().map(HistoryEntry::new).toList();
    }

    /** PA5, then existence: a foreign id and an unknown id get the same answer. */
    private void requireExisting(UUID partnerId) {
        tenancy.requireVisible(partnerId, "partner", partnerId);
        if (em.find(org.channelport.partners.domain.Partner.class, partnerId) == null) {
            throw DomainException.notFound("partner", partnerId);
        }
    }

    /** Distributors a channel manager can pick as a parent. */
    public List<PartnerSummary> activeDistributors() {
        ChannelManagers.require(user);
        return em.createQuery(PARTNER_SUMMARY + " where p.type = org.channelport.partners.domain.PartnerType.DISTRIBUTOR"
                + " and p.status = org.channelport.partners.domain.PartnerStatus.ACTIVE order by p.name",
                PartnerSummary.class).getResultList();
    }

    public List<ApplicationSummary> pendingApplications() {
        ChannelManagers.require(user);
        var rows = em.createQuery("select new org.channelport.partners.application.ApplicationSummary(a.id, "
                        + "a.companyName, a.type, a.country, a.region, a.taxId, a.website, a.contactName, a.contactEmail, "
                        + "a.contactPhone, a.status, a.submittedAt) from PartnerApplication a where a.status = :s "
                        + "order by a.submittedAt", ApplicationSummary.class)
                .setParameter("s", ApplicationStatus.SUBMITTED).getResultList();
        if (!rows.isEmpty()) {
            var lines = productLines("select a.id, l from PartnerApplication a join a.productLines l where a.id in :ids",
                    rows.stream().map(ApplicationSummary::getId).toList());
            rows.forEach(r -> r.withProductLines(lines.getOrDefault(r.getId(), Set.of())));
        }
        return rows;
    }

    /** Counts for the console's dashboard: partners by status and type, and pending applications. */
    public Map<String, Long> counts() {
        ChannelManagers.require(user);
        var counts = new HashMap<String, Long>();
        for (Object[] row : em.createQuery("select p.type, count(p) from Partner p group by p.type", Object[].class)
                .getResultList()) {
            counts.put("type." + row[0], (Long) row[1]);
        }
        for (Object[] row : em.createQuery("select p.tier, count(p) from Partner p group by p.tier", Object[].class)
                .getResultList()) {
            counts.put("tier." + row[0], (Long) row[1]);
        }
        for (Object[] row : em.createQuery("select p.status, count(p) from Partner p group by p.status", Object[].class)
                .getResultList()) {
            counts.put("status." + row[0], (Long) row[1]);
        }
        counts.put("applications.pending", em.createQuery(
                        "select count(a) from PartnerApplication a where a.status = :s", Long.class)
                .setParameter("s", ApplicationStatus.SUBMITTED).getSingleResult());
        return counts;
    }

    private void addDetails(List<PartnerSummary> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var lines = productLines("select p.id, l from Partner p join p.productLines l where p.id in :ids",
                rows.stream().map(PartnerSummary::getId).toList());
        var parentIds = rows.stream().map(PartnerSummary::getParentId).filter(java.util.Objects::nonNull).distinct().toList();
        var parentNames = new HashMap<UUID, String>();
        if (!parentIds.isEmpty()) {
            em.createQuery("select p.id, p.name from Partner p where p.id in :ids", Object[].class)
                    .setParameter("ids", parentIds).getResultList()
                    .forEach(row -> parentNames.put((UUID) row[0], (String) row[1]));
        }
        rows.forEach(r -> r.withDetails(lines.getOrDefault(r.getId(), Set.of()), parentNames.get(r.getParentId())));
    }

    private Map<UUID, Set<ProductLine>> productLines(String jpql, Collection<UUID> ids) {
        var result = new HashMap<UUID, Set<ProductLine>>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            result.computeIfAbsent((UUID) row[0], k -> EnumSet.noneOf(ProductLine.class)).add((ProductLine) row[1]);
        }
        return result;
    }
}
