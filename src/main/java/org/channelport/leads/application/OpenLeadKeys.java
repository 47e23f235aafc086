package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.persistence.NativeSql;
import org.channelport.shared.ProductLine;

/**
 * Published to deal registration for its conflict search (rule D3): leads by name block, and which of them are open
 * and held by another partner. Native SQL over the leads' own tables, answered from covering indexes on PostgreSQL;
 * no other context reads those tables. Runs in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenLeadKeys {
    /** Held by a partner and in its hands (rule L8's open leads), as the statement lists them. */
    private static final String OPEN = Arrays.stream(LeadStatus.values()).filter(LeadStatus::isOpen)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    @PersistenceContext
    EntityManager em;

    /** A lead with one of the name blocks asked for, and its match name (the normalized company name it compares). */
    public record NameBlockMatch(UUID leadId, String matchName) {}

    /** An open lead and who holds it. */
    public record OpenLead(UUID leadId, UUID partnerId, ProductLine productLine) {}

    /**
     * Every lead with any of these name blocks ({@code CompanyNames.nameKeys}), whatever its status. Callers pass
     * the same number of keys every time (repeating one to fill), so that the statement's text repeats.
     */
    @SuppressWarnings("unchecked")
    public List<NameBlockMatch> sharingNameBlocks(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery(NativeSql.numbered(nameBlockSql(keys.size())));
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(i + 1, keys.get(i));
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new NameBlockMatch(NativeSql.uuid(r[0]), (String) r[1])).toList();
    }

    /** Of these leads, those open (offered, accepted, contacted, qualified) and held by a partner other than this. */
    @SuppressWarnings("unchecked")
    public List<OpenLead> openHeldByOthers(List<UUID> leadIds, UUID partnerId) {
        if (leadIds.isEmpty()) {
            return List.of();
        }
        var ids = NativeSql.padded(leadIds);
        var query = em.createNativeQuery(NativeSql.numbered(openLeadsSql(ids.size())));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        query.setParameter(ids.size() + 1, partnerId);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new OpenLead(NativeSql.uuid(r[0]), NativeSql.uuid(r[1]), ProductLine.valueOf((String) r[2])))
                .toList();
    }

    /** The statement of {@link #sharingNameBlocks} for {@code keys} keys (public for the deal benchmark). */
    public static String nameBlockSql(int keys) {
        return "select lead_id, match_name from lead_name_key where name_key in (" + NativeSql.placeholders(keys) + ")";
    }

    /**
     * The statement of {@link #openHeldByOthers} for {@code ids} ids, then the partner (public for the deal
     * benchmark).
     */
    public static String openLeadsSql(int ids) {
        return "select id, partner_id, product_line from sales_lead where id in (" + NativeSql.placeholders(ids)
                + ") and status in " + OPEN + " and partner_id <> ?";
    }
}
