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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.channelport.deals.domain.ConflictCandidate;
import org.channelport.deals.domain.ConflictFinding;
import org.channelport.deals.domain.DealAttachment;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.DealRepository;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.MatchKind;
import org.channelport.deals.domain.PricingRequest;
import org.channelport.deals.domain.Trigrams;
import org.channelport.platform.persistence.NativeSql;
import org.channelport.shared.ProductLine;

/**
 * JPA implementation of {@link DealRepository}. The conflict search (rule D3) is native SQL: on PostgreSQL a trigram
 * nearest-first scan of the country's names (GiST, pg_trgm), elsewhere (the H2 demo) the country's active names compared
 * in Java with the same trigram measure.
 */
@ApplicationScoped
public class JpaDealRepository implements DealRepository {
    private static final String ACTIVE = DealStatus.ACTIVE.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));
    private static final String OPEN_LEADS = "('OFFERED', 'ACCEPTED', 'CONTACTED', 'QUALIFIED')";

    @PersistenceContext
    EntityManager em;
    @Inject
    DealLocks locks;

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
        var keys = new ArrayList<String>();
        var values = new ArrayList<Object>();
        if (deal.taxKey() != null) {
            keys.add("tax_key = ?");
            values.add(deal.taxKey());
        }
        if (deal.webDomain() != null) {
            keys.add("web_domain = ?");
            values.add(deal.webDomain());
        }
        if (!keys.isEmpty()) {
            var sql = "select id, partner_id, status, product_lines, tax_key, web_domain from deal_registration "
                    + "where status in " + ACTIVE + " and id <> ? and (" + String.join(" or ", keys) + ") limit " + max;
            var query = em.createNativeQuery(number(sql));
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
        for (var c : similarDeals(deal, minSimilarity)) {
            found.putIfAbsent("D" + c.id(), c);
        }
        for (var c : similarLeads(deal, minSimilarity)) {
            found.putIfAbsent("L" + c.id(), c);
        }
        return found.values().stream().limit(max).toList();
    }

    /**
     * Rule D3's similar names among registrations, the same on every database, in two steps: the registrations sharing a
     * name block (country included) with their match names, compared by trigram similarity in Java; then those similar
     * enough, if still active.
     */
    /**
     * Statements are written for a fixed number of keys (unused ones repeat the first), so that their text repeats and
     * PostgreSQL's driver reuses their server-side plans: planning a fresh IN list costs more than running it.
     */
    public static final int KEY_SLOTS = 8;

    /** The keys padded (or cut) to {@link #KEY_SLOTS}. */
    public static List<String> slots(java.util.Collection<String> keys) {
        var list = new ArrayList<>(keys);
        if (list.size() > KEY_SLOTS) return List.copyOf(list.subList(0, KEY_SLOTS));
        while (list.size() < KEY_SLOTS) list.add(list.get(0));
        return list;
    }

    /** The number of id placeholders for {@code ids} ids: the next power of two, for the same reason. */
    public static int idSlots(int ids) {
        return ids <= 1 ? 1 : Integer.highestOneBit(ids - 1) << 1;
    }

    public static String nameBlockSql(int keys) {
        return "select deal_id, match_name from deal_name_key where name_key in ("
                + String.join(", ", java.util.Collections.nCopies(keys, "?")) + ")";
    }

    public static String activeDealsSql(int ids) {
        return "select id, partner_id, status, product_lines, match_name from deal_registration where id in ("
                + String.join(", ", java.util.Collections.nCopies(ids, "?")) + ") and status in " + ACTIVE;
    }

    /** Open leads of other partners sharing a name block with the registration (compared in Java). */
    public static String leadBlockSql(int keys) {
        return "select l.id, l.partner_id, l.product_line, l.match_name from sales_lead l where l.id in "
                + "(select lead_id from lead_name_key where name_key in ("
                + String.join(", ", java.util.Collections.nCopies(keys, "?")) + ")) and l.status in " + OPEN_LEADS
                + " and l.partner_id <> ?";
    }

    @SuppressWarnings("unchecked")
    private List<ConflictCandidate> similarDeals(DealRegistration deal, double min) {
        var name = deal.matchName();
        if (deal.nameKeys().isEmpty()) return List.of();
        var keys = slots(deal.nameKeys());
        var blocks = em.createNativeQuery(number(nameBlockSql(keys.size())));
        for (int i = 0; i < keys.size(); i++) {
            blocks.setParameter(i + 1, keys.get(i));
        }
        var similar = new java.util.HashMap<UUID, Double>();
        var probe = Trigrams.probe(name);
        for (Object[] r : (List<Object[]>) blocks.getResultList()) {
            var id = uuid(r[0]);
            if (!id.equals(deal.id()) && !similar.containsKey(id)) {
                double similarity = probe.similarity((String) r[1]);
                if (similarity >= min) similar.put(id, similarity);
            }
        }
        if (similar.isEmpty()) return List.of();
        var ids = similar.entrySet().stream().sorted(java.util.Map.Entry.<UUID, Double>comparingByValue().reversed())
                .limit(500).map(java.util.Map.Entry::getKey).toList();
        int slots = idSlots(ids.size());
        var active = em.createNativeQuery(number(activeDealsSql(slots)));
        for (int i = 0; i < slots; i++) {
            active.setParameter(i + 1, ids.get(Math.min(i, ids.size() - 1)));
        }
        var result = new ArrayList<ConflictCandidate>();
        for (Object[] r : (List<Object[]>) active.getResultList()) {
            var id = uuid(r[0]);
            result.add(new ConflictCandidate(ConflictFinding.OtherType.DEAL, id, uuid(r[1]), MatchKind.NAME,
                    similar.get(id), lines((String) r[3]), DealStatus.APPROVED.name().equals(r[2])));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<ConflictCandidate> similarLeads(DealRegistration deal, double min) {
        if (deal.nameKeys().isEmpty()) return List.of();
        var keys = slots(deal.nameKeys());
        var query = em.createNativeQuery(number(leadBlockSql(keys.size())));
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(i + 1, keys.get(i));
        }
        query.setParameter(keys.size() + 1, deal.partnerId());
        var probe = Trigrams.probe(deal.matchName());
        var result = new ArrayList<ConflictCandidate>();
        for (Object[] r : (List<Object[]>) query.setMaxResults(5_000).getResultList()) {
            double similarity = r[3] == null ? 0 : probe.similarity((String) r[3]);
            if (similarity >= min) {
                result.add(new ConflictCandidate(ConflictFinding.OtherType.LEAD, uuid(r[0]), uuid(r[1]),
                        MatchKind.NAME, similarity, EnumSet.of(ProductLine.valueOf((String) r[2])), false));
            }
        }
        return result;
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
        return rows.stream().map(JpaDealRepository::uuid).toList();
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

    /** Numbers the "?" placeholders (?1, ?2...) in order. */
    private static String number(String sql) {
        var out = new StringBuilder();
        int n = 1;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                out.append('?').append(n++);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    static UUID uuid(Object value) {
        return NativeSql.uuid(value);
    }
}
