package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadRepository;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.audit.AuditTrail;

/**
 * Creates and routes one chunk of an import in a transaction of its own, so that a large file commits as it goes and
 * a failure loses at most one chunk. Runs on a worker thread: the caller was authorized when the import started, and
 * the actor is passed on explicitly for the audit trail.
 */
@ApplicationScoped
public class LeadImportWorker {
    @Inject
    LeadRepository leads;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** One valid row of a file. */
    public record Row(int line, NewLeadCommand lead) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void importChunk(LeadImport job, List<Row> rows, Set<String> seenKeys, LeadRouting.Batch batch) {
        var details = rows.stream().map(r -> LeadIntakeService.details(r.lead())).toList();
        var existing = leads.existingKeys(
                details.stream().map(d -> Lead.emailKey(d.contactEmail())).toList(),
                details.stream().map(d -> Lead.companyKey(d.company(), d.country())).toList());
        var now = clock.instant();
        int created = 0;
        int routedBefore = batch.routed();
        int unroutableBefore = batch.unroutable();
        var fresh = new ArrayList<Lead>();
        for (int i = 0; i < rows.size(); i++) {
            var d = details.get(i);
            var emailKey = Lead.emailKey(d.contactEmail());
            var companyKey = Lead.companyKey(d.company(), d.country());
            if (existing.contains(emailKey) || existing.contains(companyKey)
                    || !LeadIntakeService.firstInBatch(seenKeys, emailKey, companyKey)) {
                job.duplicate(rows.get(i).line());
                continue;
            }
            var lead = Lead.intake(UUID.randomUUID(), d, job.getStartedBy(), now);
            leads.add(lead);
            audit.recordAs(job.getStartedBy(), null, "Lead", lead.id(), "imported", null, LeadStatus.UNASSIGNED,
                    job.getFileName() + " line " + rows.get(i).line());
            fresh.add(lead);
            created++;
        }
        for (var lead : fresh) {
            batch.route(lead, true);
        }
        leads.flushAndClear();
        job.chunkDone(rows.size(), created, batch.routed() - routedBefore, batch.unroutable() - unroutableBefore);
    }

    /** See {@link LeadRepository#refreshStatistics()}: called as the table grows during a large import. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshStatistics() {
        leads.refreshStatistics();
    }

    /** The digest mails of the whole import, and its audit entry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(LeadImport job, LeadRouting.Batch batch) {
        batch.notifyPartners();
        audit.recordAs(job.getStartedBy(), null, "LeadImport", job.getId(), "finished", null, "DONE",
                job.getFileName() + ": " + job.getCreated() + " created, " + job.getDuplicates() + " duplicates, "
                        + job.getRejected() + " rejected, " + job.getRouted() + " routed, " + job.getUnroutable()
                        + " unroutable");
    }
}
