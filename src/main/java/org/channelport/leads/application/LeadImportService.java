package org.channelport.leads.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.infrastructure.LeadFileReader;
import org.channelport.platform.imports.ImportJobs;
import org.channelport.shared.DomainException;

/**
 * Imports a CSV or XLSX file of leads (rules L1, L2): the file is read and checked at once (a file with the wrong
 * columns, encoding or type is refused as a whole, nothing imported), then its valid rows are created and routed in
 * chunks on a worker thread while pages and the API watch the progress.
 *
 * <p>Imports are kept in memory on the instance that runs them ({@link ImportJobs}).
 */
@ApplicationScoped
public class LeadImportService {
    private static final Logger LOG = Logger.getLogger(LeadImportService.class.getName());
    static final int CHUNK = 1000;

    @Resource
    ManagedExecutorService executor;
    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;
    @Inject
    LeadImportWorker worker;
    @Inject
    LeadRouting routing;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    private final ImportJobs<LeadImport> imports = new ImportJobs<>();

    /** Reads the file now (refusing it with a clear reason if it cannot be read) and imports it in the background. */
    public LeadImport start(String fileName, byte[] content) {
        requireBrandStaff();
        var job = new LeadImport(UUID.randomUUID(), fileName == null ? "leads" : fileName, user.name(), clock.instant());
        var rows = new ArrayList<LeadImportWorker.Row>();
        LeadFileReader.read(new ByteArrayInputStream(content), job.getFileName(), new LeadFileReader.RowSink() {
            @Override
            public void row(int line, NewLeadCommand lead) {
                rows.add(new LeadImportWorker.Row(line, lead));
            }

            @Override
            public void rejected(int line, String reason) {
                job.rejected(line, reason);
            }
        });
        job.toProcess(rows.size());
        imports.remember(job);
        imports.startAfterCommit(transactions, job, () -> executor.submit(() -> run(job, rows)));
        return job;
    }

    /** An import this instance runs or ran; brand-owner staff only. */
    public LeadImport find(UUID id) {
        requireBrandStaff();
        return imports.find(id).orElseThrow(() -> DomainException.notFound("lead import", id));
    }

    private void run(LeadImport job, List<LeadImportWorker.Row> rows) {
        var batch = routing.batch(job.getStartedBy());
        try {
            batch.router();
            var seen = new HashSet<String>();
            for (int i = 0, chunk = 0; i < rows.size(); i += CHUNK, chunk++) {
                var slice = rows.subList(i, Math.min(rows.size(), i + CHUNK));
                var result = importChunk(job, slice, seen, batch);
                seen.addAll(result.newKeys());
                job.chunkDone(result);
                if (chunk == 1 || chunk == 8 || chunk % 32 == 31) {
                    worker.refreshStatistics();
                }
            }
            job.finished(clock.instant());
            LOG.info(() -> "Lead import " + job.getId() + " (" + job.getFileName() + "): " + job.getCreated()
                    + " created, " + job.getDuplicates() + " duplicates, " + job.getRejected() + " rejected in "
                    + java.time.Duration.between(job.getStartedAt(), job.getFinishedAt()).toMillis() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Lead import " + job.getId() + " failed after " + job.getProcessed() + " rows", e);
            job.failed("The import stopped after " + job.getProcessed() + " rows because of an unexpected error; "
                    + "the rows before were imported. Import the file again to add the rest (duplicates are skipped).",
                    clock.instant());
        } finally {
            // Rule L13 whatever happened: the partners are told about every offer that was committed.
            try {
                worker.finish(job, batch);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Lead import " + job.getId() + ": the offer mails could not be queued", e);
            }
        }
    }

    /**
     * One chunk; when it loses a race with a lead created at the same moment elsewhere (a unique key), it is tried once
     * more: the other lead is then visible and its row counts as a duplicate (rule L2), the rest is imported.
     */
    private LeadImportWorker.ChunkResult importChunk(LeadImport job, List<LeadImportWorker.Row> slice,
                                                     java.util.Set<String> seen, LeadRouting.Batch batch) {
        try {
            var chunk = batch.chunk();
            var result = worker.importChunk(job, slice, seen, chunk);
            batch.absorb(chunk);
            return result;
        } catch (RuntimeException e) {
            if (!org.channelport.platform.persistence.Conflicts.isConflict(e)) {
                throw e;
            }
            LOG.info(() -> "Lead import " + job.getId() + ": a chunk met a lead created concurrently; retrying it");
            var chunk = batch.chunk();
            var result = worker.importChunk(job, slice, seen, chunk);
            batch.absorb(chunk);
            return result;
        }
    }

    private void requireBrandStaff() {
        if (!user.isChannelManager() && !user.isErp()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "error.forbidden",
                    "Only channel managers and the brand owner's systems can import leads.");
        }
    }
}
