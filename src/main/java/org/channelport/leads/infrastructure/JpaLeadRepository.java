package org.channelport.leads.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadAssignment;
import org.channelport.leads.domain.LeadRepository;
import org.channelport.platform.persistence.NativeSql;

/** JPA implementation of {@link LeadRepository}. */
@ApplicationScoped
public class JpaLeadRepository implements LeadRepository {
    private static final int IN_LIST_CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Lead> find(UUID id) {
        return Optional.ofNullable(em.find(Lead.class, id));
    }

    @Override
    public Optional<Lead> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Lead.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Lead lead) {
        em.persist(lead);
        for (var key : lead.nameKeys()) {
            em.persist(new org.channelport.leads.domain.LeadNameKey(lead.id(), key, lead.matchName()));
        }
    }

    @Override
    public long count() {
        return em.createQuery("select count(l) from Lead l", Long.class).getSingleResult();
    }

    @Override
    public void add(LeadAssignment assignment) {
        em.persist(assignment);
    }

    @Override
    public Optional<LeadAssignment> assignment(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(LeadAssignment.class, id));
    }

    @Override
    public Optional<UUID> findDuplicate(String emailKey, String companyKey) {
        if (emailKey == null && companyKey == null) {
            return Optional.empty();
        }
        var condition = emailKey == null ? "l.dedupCompany = :c"
                : companyKey == null ? "l.dedupEmail = :e" : "l.dedupEmail = :e or l.dedupCompany = :c";
        var query = em.createQuery("select l.id from Lead l where " + condition, UUID.class).setMaxResults(1);
        if (emailKey != null) {
            query.setParameter("e", emailKey);
        }
        if (companyKey != null) {
            query.setParameter("c", companyKey);
        }
        return query.getResultList().stream().findFirst();
    }

    @Override
    public Set<String> existingKeys(Collection<String> emailKeys, Collection<String> companyKeys) {
        var found = new HashSet<String>();
        found.addAll(existing("select l.dedupEmail from Lead l where l.dedupEmail in :k", emailKeys));
        found.addAll(existing("select l.dedupCompany from Lead l where l.dedupCompany in :k", companyKeys));
        return found;
    }

    private List<String> existing(String jpql, Collection<String> keys) {
        var all = new ArrayList<>(keys.stream().filter(java.util.Objects::nonNull).distinct().toList());
        var found = new ArrayList<String>();
        for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
            found.addAll(em.createQuery(jpql, String.class)
                    .setParameter("k", all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK))).getResultList());
        }
        return found;
    }

    @Override
    public Map<UUID, AssignmentEnd> excludedPartners(UUID leadId) {
        return excludedPartners(List.of(leadId)).getOrDefault(leadId, Map.of());
    }

    @Override
    public Map<UUID, Map<UUID, AssignmentEnd>> excludedPartners(Collection<UUID> leadIds) {
        var excluded = new HashMap<UUID, Map<UUID, AssignmentEnd>>();
        var ids = new ArrayList<>(leadIds);
        for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
            em.createQuery("select a.leadId, a.partnerId, a.endReason from LeadAssignment a "
                            + "where a.leadId in :l and a.endReason in :r", Object[].class)
                    .setParameter("l", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK)))
                    .setParameter("r", List.of(AssignmentEnd.DECLINED, AssignmentEnd.RECALLED_NOT_ACCEPTED,
                            AssignmentEnd.RECALLED_NOT_WORKED))
                    .getResultList()
                    .forEach(r -> excluded.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                            .putIfAbsent((UUID) r[1], (AssignmentEnd) r[2]));
        }
        return excluded;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(Instant now, int max) {
        var sql = "select id from sales_lead where origin = 'BRAND' and ("
                + "(status = 'OFFERED' and (remind_at <= ?1 or accept_due_at < ?1))"
                + " or (status in ('ACCEPTED', 'CONTACTED', 'QUALIFIED') and follow_up_due_at < ?1))"
                + " order by updated_at limit " + max
                + " for update" + (NativeSql.isPostgres(em) ? " skip locked" : "");
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, Timestamp.from(now)).getResultList();
        return rows.stream().map(NativeSql::uuid).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> claimHeldBy(Collection<UUID> partnerIds, int max) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        var in = String.join(",", java.util.Collections.nCopies(partnerIds.size(), "?"));
        var sql = "select id from sales_lead where origin = 'BRAND' and status in ('OFFERED', 'ACCEPTED', "
                + "'CONTACTED', 'QUALIFIED') and partner_id in (" + in + ") order by updated_at limit " + max
                + " for update" + (NativeSql.isPostgres(em) ? " skip locked" : "");
        var query = em.createNativeQuery(sql);
        int i = 1;
        for (var id : partnerIds) {
            query.setParameter(i++, id);
        }
        List<Object> rows = query.getResultList();
        return rows.stream().map(NativeSql::uuid).toList();
    }

    @Override
    public void refreshStatistics() {
        if (NativeSql.isPostgres(em)) {
            em.createNativeQuery("analyze sales_lead").executeUpdate();
        }
    }

    @Override
    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
