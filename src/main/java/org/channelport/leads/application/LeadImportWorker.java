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

    /** What one chunk did; applied to the import only once the chunk has committed. */
    public record ChunkResult(int rows, int created, int routed, int unroutable, List<Integer> duplicateLines,
                              Set<String> newKeys) {}

    /**
     * Creates and routes the chunk's new leads. Nothing of the import's own state changes here: if the transaction rolls
     * back (e.g. a CRM created one of these leads a moment ago), the caller retries the chunk and its report stays right.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ChunkResult importChunk(LeadImport job, List<Row> rows, Set<String> seenKeys, LeadRouting.Batch chunk) {
        var details = rows.stream().map(r -> LeadIntakeService.details(r.lead())).toList();
        var existing = leads.existingKeys(
                details.stream().map(d -> Lead.emailKey(d.contactEmail())).toList(),
                details.stream().map(d -> Lead.companyKey(d.company(), d.country())).toList());
        var now = clock.instant();
        var seen = new java.util.HashSet<>(seenKeys);
        var duplicates = new ArrayList<Integer>();
        var fresh = new ArrayList<Lead>();
        for (int i = 0; i < rows.size(); i++) {
            var d = details.get(i);
            var emailKey = Lead.emailKey(d.contactEmail());
            var companyKey = Lead.companyKey(d.company(), d.country());
            if (existing.contains(emailKey) || existing.contains(companyKey)
                    || !LeadIntakeService.firstInBatch(seen, emailKey, companyKey)) {
                duplicates.add(rows.get(i).line());
                continue;
            }
            var lead = Lead.intake(UUID.randomUUID(), d, job.getStartedBy(), now);
            leads.add(lead);
            audit.recordAs(job.getStartedBy(), null, "Lead", lead.id(), "imported", null, LeadStatus.UNASSIGNED,
                    job.getFileName() + " line " + rows.get(i).line());
            fresh.add(lead);
        }
        for (var lead : fresh) {
            chunk.route(lead, true);
        }
        leads.flushAndClear();
        seen.removeAll(seenKeys);
        return new ChunkResult(rows.size(), fresh.size(), chunk.routed(), chunk.unroutable(), duplicates, seen);
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
        audit.recordAs(job.getStartedBy(), null, "LeadImport", job.getId(), "finished", null, job.getPhase(),
                job.getFileName() + ": " + job.getCreated() + " created, " + job.getDuplicates() + " duplicates, "
                        + job.getRejected() + " rejected, " + job.getRouted() + " routed, " + job.getUnroutable()
                        + " unroutable");
    }
}
