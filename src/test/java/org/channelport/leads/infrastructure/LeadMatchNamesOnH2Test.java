package org.channelport.leads.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadDetails;
import org.channelport.platform.persistence.DatabaseReady;
import org.channelport.platform.persistence.H2Databases;
import org.channelport.shared.CompanyNames;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.Test;

/**
 * Leads stored before deal registration existed (issue 3) have no match name and no name blocks, so deal rule D3 would
 * not see them: {@link LeadMatchNames} gives them both at start-up, once.
 */
class LeadMatchNamesOnH2Test {
    @Test
    void leadsFromBeforeDealRegistrationGetTheirMatchNameAndBlocksOnce() {
        var factory = H2Databases.migrated("jdbc:h2:mem:leadmatch;DB_CLOSE_DELAY=-1");
        var em = factory.createEntityManager();
        try {
            var lead = Lead.intake(UUID.randomUUID(), new LeadDetails("Ålborg Maritime Group A/S", "Ann", null, null,
                    null, "DK", null, null, ProductLine.STORAGE, new BigDecimal("10"), "EUR", "old", null), "m",
                    Instant.parse("2026-11-01T00:00:00Z"));
            em.getTransaction().begin();
            em.persist(lead);
            em.flush();
            // As issue 3 left it: no match name, no blocks.
            em.createNativeQuery("update sales_lead set match_name = null where id = ?1").setParameter(1, lead.id())
                    .executeUpdate();
            em.createNativeQuery("delete from lead_name_key where lead_id = ?1").setParameter(1, lead.id())
                    .executeUpdate();
            em.getTransaction().commit();
            em.clear();

            var backfill = new LeadMatchNames();
            backfill.em = em;
            for (int run = 0; run < 2; run++) {
                em.getTransaction().begin();
                backfill.onDatabaseReady(new DatabaseReady());
                em.getTransaction().commit();
            }

            var matchName = CompanyNames.matchName("Ålborg Maritime Group A/S");
            assertThat(em.createNativeQuery("select match_name from sales_lead where id = ?1")
                    .setParameter(1, lead.id()).getSingleResult()).isEqualTo(matchName);
            @SuppressWarnings("unchecked")
            List<Object[]> keys = em.createNativeQuery("select name_key, match_name from lead_name_key "
                    + "where lead_id = ?1 order by name_key").setParameter(1, lead.id()).getResultList();
            assertThat(keys).as("each block once, though the backfill ran twice, with the match name")
                    .extracting(k -> k[0] + " " + k[1])
                    .containsExactlyElementsOf(CompanyNames.nameKeys("DK", matchName).stream()
                            .map(k -> k + " " + matchName).toList());
        } finally {
            em.close();
            factory.close();
        }
    }
}
