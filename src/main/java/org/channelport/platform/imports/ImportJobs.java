package org.channelport.platform.imports;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The imports an instance runs or ran, kept in memory (the last {@value #KEPT}; a running one is never dropped):
 * progress and report are for watching; what was imported is in the database and the audit trail.
 */
public final class ImportJobs<J extends ImportJob> {
    static final int KEPT = 20;

    private final Map<UUID, J> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

    public void remember(J job) {
        synchronized (jobs) {
            jobs.put(job.getId(), job);
            while (jobs.size() > KEPT) {
                var oldest = jobs.keySet().iterator().next();
                if (jobs.get(oldest).isRunning()) {
                    break;
                }
                jobs.remove(oldest);
            }
        }
    }

    public Optional<J> find(UUID id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    /**
     * Starts the work once the caller's transaction has committed (an API upload stores its Idempotency-Key answer in
     * it: a concurrent upload with the same key that loses on the key must not have started an import; a job that
     * never started is forgotten), or at once when there is none (a page upload).
     */
    public void startAfterCommit(TransactionSynchronizationRegistry transactions, J job, Runnable start) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            start.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    start.run();
                } else {
                    jobs.remove(job.getId());
                }
            }
        });
    }
}
