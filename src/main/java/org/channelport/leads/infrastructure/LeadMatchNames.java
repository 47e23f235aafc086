package org.channelport.leads.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.channelport.platform.persistence.DatabaseReady;
import org.channelport.shared.CompanyNames;

/**
 * Gives leads created before deal registration existed their match name and name blocks (deal rule D3 compares them),
 * in batches at start-up; a no-op once every lead has them.
 */
@ApplicationScoped
public class LeadMatchNames {
    private static final Logger LOG = Logger.getLogger(LeadMatchNames.class.getName());
    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Transactional
    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION) DatabaseReady ready) {
        int done = 0;
        List<Object[]> rows;
        do {
            @SuppressWarnings("unchecked")
            List<Object[]> batch = em.createNativeQuery("select id, company, country from sales_lead "
                            + "where match_name is null")
                    .setMaxResults(BATCH).getResultList();
            rows = batch;
            for (var row : rows) {
                var id = row[0] instanceof UUID u ? u : UUID.fromString(row[0].toString());
                var matchName = CompanyNames.matchName((String) row[1]);
                em.createNativeQuery("update sales_lead set match_name = ?1 where id = ?2").setParameter(1, matchName)
                        .setParameter(2, id).executeUpdate();
                for (var key : CompanyNames.nameKeys((String) row[2], matchName)) {
                    em.createNativeQuery("insert into lead_name_key (lead_id, name_key, match_name) "
                                    + "values (?1, ?2, ?3)")
                            .setParameter(1, id).setParameter(2, key).setParameter(3, matchName).executeUpdate();
                }
            }
            done += rows.size();
        } while (rows.size() == BATCH);
        if (done > 0) {
            LOG.info("Match names given to " + done + " existing leads");
        }
    }
}
