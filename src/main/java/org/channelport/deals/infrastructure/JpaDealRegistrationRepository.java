package org.channelport.deals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.channelport.deals.domain.ConflictCandidate;
import org.channelport.deals.domain.ConflictFinding;
import org.channelport.deals.domain.DealAttachment;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.DealRegistrationRepository;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.MatchKind;
import org.channelport.deals.domain.PricingRequest;
import org.channelport.deals.domain.Trigrams;
import org.channelport.leads.application.OpenLeadKeys;
import org.channelport.platform.persistence.NativeSql;
import org.channelport.shared.ProductLine;

/**
 * JPA implementation of {@link DealRegistrationRepository}. The conflict search (rule D3) is native SQL, the same on
 * H2 and PostgreSQL: exact tax id and domain lookups, then the registrations sharing a name block, and the leads
 * sharing one (through the leads context's {@link OpenLeadKeys}), whose match names are compared in Java by pg_trgm's
 * trigram similarity ({@link Trigrams}); only the similar ones are read further.
 */
@ApplicationScoped
public class JpaDealRegistrationRepository implements DealRegistrationRepository {
    private static final String ACTIVE = DealStatus.ACTIVE.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    @PersistenceContext
    EntityManager em;
    @Inject
    DealLocks locks;
    @Inject
    OpenLeadKeys openLeads;

    @Override
    public Optional<DealRegistration> find(UUID id) {
        return Optional.ofNullable(em.find(DealRegistration.class, id));
    }

    @Override
    public Optional<DealRegistration> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(DealRegistration.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(DealRegistration deal) {
        em.persist(deal);
        // The name blocks are written by native SQL and refer to the registration's row: it must be there first.
        em.flush();
        insertKeys(deal);
    }

    @Override
    public void nameChanged(DealRegistration deal) {
        em.createNativeQuery("delete from deal_name_key where deal_id = ?1").setParameter(1, deal.id()).executeUpdate();
        insertKeys(deal);
    }

    private void insertKeys(DealRegistration deal) {
        for (var key : deal.nameKeys()) {
            em.createNativeQuery("insert into deal_name_key (name_key, deal_id, match_name) values (?1, ?2, ?3)")
                    .setParameter(1, key).setParameter(2, deal.id()).setParameter(3, deal.matchName()).executeUpdate();
        }
    }

    @Override
    public void remove(DealRegistration deal) {
        clearFindings(deal.id());
        em.createNativeQuery("delete from deal_name_key where deal_id = ?1").setParameter(1, deal.id()).executeUpdate();
        em.remove(deal);
    }

    @Override
    public long nextNumber() {
        var sql = NativeSql.isPostgres(em) ? "select nextval('deal_number_seq')" : "select next value for deal_number_seq";
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Override
    public void lockScope(String scope) {
        var sql = "select scope from deal_conflict_lock where scope = ?1 for update";
        if (em.createNativeQuery(sql).setParameter(1, scope).getResultList().isEmpty()) {
            try {
                locks.create(scope);
            } catch (PersistenceException | jakarta.transaction.TransactionalException createdConcurrently) {
                // Another submission created it first: locking it below is all we need.
            }
            em.createNativeQuery(sql).setParameter(1, scope).getResultList();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ConflictCandidate> candidates(DealRegistration deal, double minSimilarity, int max) {
        var found = new LinkedHashMap<String, ConflictCandidate>();
        // Exact keys, any country.
        var values = new ArrayList<Object>();
        if (deal.taxKey() != null) values.add(deal.taxKey());
        if (deal.webDomain() != null) values.add(deal.webDomain());
        if (!values.isEmpty()) {
            var query = em.createNativeQuery(NativeSql.numbered(exactSql(deal.taxKey() != null, deal.webDomain() != null, max)));
            query.setParameter(1, deal.id());
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 2, values.get(i));
            }
            for (Object[] r : (List<Object[]>) query.getResultList()) {
                var match = deal.taxKey() != null && deal.taxKey().equals(r[4]) ? MatchKind.TAX_ID : MatchKind.DOMAIN;
                var c = new ConflictCandidate(ConflictFinding.OtherType.DEAL, uuid(r[0]), uuid(r[1]), match, 1.0,
                        lines((String) r[3]), DealStatus.APPROVED.name().equals(r[2]));
                found.put("D" + c.id(), c);
            }
        }
        // Similar names in the same country: registrations (any partner) and other partners' open leads.
        for (var c : similarNames(deal, minSimilarity)) {
            found.putIfAbsent((c.type() == ConflictFinding.OtherType.DEAL ? "D" : "L") + c.id(), c);
        }
        return found.values().stream().limit(max).toList();
    }

    /** At most this many similar names of each kind are read further (the most similar first). */
    private static final int SIMILAR_MAX = 500;

    /** Active registrations other than the first parameter's with the same tax id and/or web domain (any country). */
    public static String exactSql(boolean taxId, boolean domain, int max) {
        var keys = new ArrayList<String>();
        if (taxId) keys.add("tax_key = ?");
        if (domain) keys.add("web_domain = ?");
        return "select id, partner_id, status, product_lines, tax_key, web_domain from deal_registration "
                + "where status in " + ACTIVE + " and id <> ? and (" + String.join(" or ", keys) + ") limit " + max;
    }

    /**
     * The registrations sharing a name block (country included) with their match names; answered from a covering
     * index on PostgreSQL. (The leads sharing one come from {@link OpenLeadKeys#sharingNameBlocks}.)
     */
    public static String nameBlockSql(int keys) {
        return "select deal_id, match_name from deal_name_key where name_key in (" + NativeSql.placeholders(keys) + ")";
    }

    public static String activeDealsSql(int ids) {
        return "select id, partner_id, status, product_lines from deal_registration where id in ("
                + NativeSql.placeholders(ids) + ") and status in " + ACTIVE;
    }

    /**
     * Rule D3's similar names, the same on every database, in two steps: the registrations and leads sharing a name
     * block, compared by trigram similarity in Java; then those similar enough, if still active (registrations) or
     * open and another partner's (leads). Only the few similar rows are read from the tables themselves.
     */
    @SuppressWarnings("unchecked")
    private List<ConflictCandidate> similarNames(DealRegistration deal, double min) {
        if (deal.nameKeys().isEmpty()) return List.of();
        // every block counts (a long name has more than eight); padded so that statement texts repeat (NativeSql)
        var keys = NativeSql.padded(new ArrayList<>(deal.nameKeys()));
        var blocks = em.createNativeQuery(NativeSql.numbered(nameBlockSql(keys.size())));
        for (int i = 0; i < keys.size(); i++) {
            blocks.setParameter(i + 1, keys.get(i));
        }
        var probe = Trigrams.probe(deal.matchName());
        var similarDeals = new HashMap<UUID, Double>();
        for (Object[] r : (List<Object[]>) blocks.getResultList()) {
            offer(similarDeals, deal, probe, min, uuid(r[0]), (String) r[1]);
        }
        var similarLeads = new HashMap<UUID, Double>();
        for (var lead : openLeads.sharingNameBlocks(keys)) {
            offer(similarLeads, deal, probe, min, lead.leadId(), lead.matchName());
        }
        var result = new ArrayList<ConflictCandidate>();
        if (!similarDeals.isEmpty()) {
            var ids = NativeSql.padded(mostSimilar(similarDeals));
            var query = em.createNativeQuery(NativeSql.numbered(activeDealsSql(ids.size())));
            for (int i = 0; i < ids.size(); i++) {
                query.setParameter(i + 1, ids.get(i));
            }
            for (Object[] r : (List<Object[]>) query.getResultList()) {
                var id = uuid(r[0]);
                result.add(new ConflictCandidate(ConflictFinding.OtherType.DEAL, id, uuid(r[1]), MatchKind.NAME,
                        similarDeals.get(id), lines((String) r[3]), DealStatus.APPROVED.name().equals(r[2])));
            }
        }
        if (!similarLeads.isEmpty()) {
            for (var lead : openLeads.openHeldByOthers(mostSimilar(similarLeads), deal.partnerId())) {
                result.add(new ConflictCandidate(ConflictFinding.OtherType.LEAD, lead.leadId(), lead.partnerId(),
                        MatchKind.NAME, similarLeads.get(lead.leadId()), EnumSet.of(lead.productLine()), false));
            }
        }
        return result;
    }

    /** Keeps a name-block row whose match name is similar enough (the registration itself, and repeats, left out). */
    private static void offer(Map<UUID, Double> similar, DealRegistration deal, Trigrams.Probe probe, double min,
                              UUID id, String matchName) {
        if (!id.equals(deal.id()) && !similar.containsKey(id)) {
            double similarity = probe.similarity(matchName);
            if (similarity >= min) similar.put(id, similarity);
        }
    }

    /** The ids, most similar first, at most {@link #SIMILAR_MAX}. */
    private static List<UUID> mostSimilar(Map<UUID, Double> similar) {
        return similar.entrySet().stream().sorted(Map.Entry.<UUID, Double>comparingByValue().reversed())
                .limit(SIMILAR_MAX).map(Map.Entry::getKey).toList();
    }

    @Override
    public void addFinding(ConflictFinding finding) {
        em.persist(finding);
    }

    @Override
    public List<ConflictFinding> findings(UUID dealId) {
        return em.createQuery("select f from ConflictFinding f where f.dealId = :d order by f.match, f.similarity desc",
                ConflictFinding.class).setParameter("d", dealId).getResultList();
    }

    @Override
    public void clearFindings(UUID dealId) {
        em.createQuery("delete from ConflictFinding f where f.dealId = :d").setParameter("d", dealId).executeUpdate();
    }

    @Override
    public void addPricing(PricingRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<PricingRequest> findPricingForUpdate(UUID id) {
        return Optional.ofNullable(em.find(PricingRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<PricingRequest> pricing(UUID dealId) {
        return em.createQuery("select r from PricingRequest r where r.dealId = :d order by r.requestedAt, r.id",
                PricingRequest.class).setParameter("d", dealId).getResultList();
    }

    @Override
    public void addAttachment(DealAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public Optional<DealAttachment> attachment(UUID id) {
        return Optional.ofNullable(em.find(DealAttachment.class, id));
    }

    @Override
    public void removeAttachment(DealAttachment attachment) {
        em.remove(attachment);
    }

    @Override
    public List<DealAttachment> attachments(UUID dealId) {
        return em.createQuery("select a from DealAttachment a where a.dealId = :d", DealAttachment.class)
                .setParameter("d", dealId).getResultList();
    }

    @Override
    public long attachmentCount(UUID dealId) {
        return em.createQuery("select count(a) from DealAttachment a where a.dealId = :d", Long.class)
                .setParameter("d", dealId).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(LocalDate today, LocalDate remindFrom, int max) {
        var sql = "select id from deal_registration where status = 'APPROVED' and (protected_until < ?1 or "
                + "(expiry_reminded_at is null and protected_until <= ?2)) order by protected_until limit " + max
                + " for update" + (NativeSql.isPostgres(em) ? " skip locked" : "");
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(remindFrom)).getResultList();
        return rows.stream().map(NativeSql::uuid).toList();
    }

    @Override
    public List<DealRegistration> all(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return em.createQuery("select d from DealRegistration d where d.id in :ids", DealRegistration.class)
                .setParameter("ids", ids).getResultList();
    }

    private static Set<ProductLine> lines(String text) {
        var set = EnumSet.noneOf(ProductLine.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(ProductLine.valueOf(s)));
        return set;
    }

    static UUID uuid(Object value) {
        return NativeSql.uuid(value);
    }
}
