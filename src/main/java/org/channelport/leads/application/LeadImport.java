package org.channelport.leads.application;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * One import of a lead file and its progress (rule L2): read at once, then created and routed in chunks on a worker
 * thread; every rejected or duplicate row is reported with its line. Thread-safe: the worker writes, pages and the API
 * read.
 */
public class LeadImport implements Serializable {
    public enum Phase { IMPORTING, DONE, FAILED }

    public enum IssueKind { REJECTED, DUPLICATE }

    /** A row that was not imported, and why. */
    public record Issue(int line, IssueKind kind, String reason) implements Serializable {
        public int getLine() { return line; }
        public IssueKind getKind() { return kind; }
        public String getReason() { return reason; }
    }

    private final UUID id;
    private final String fileName;
    private final String startedBy;
    private final Instant startedAt;
    private final List<Issue> issues = Collections.synchronizedList(new ArrayList<>());
    private volatile Phase phase = Phase.IMPORTING;
    private volatile int total;
    private volatile int processed;
    private volatile int created;
    private volatile int duplicates;
    private volatile int rejected;
    private volatile int routed;
    private volatile int unroutable;
    private volatile Instant finishedAt;
    private volatile String failure;

    LeadImport(UUID id, String fileName, String startedBy, Instant startedAt) {
        this.id = id;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void rejected(int line, String reason) {
        issues.add(new Issue(line, IssueKind.REJECTED, reason));
        rejected++;
    }

    void duplicate(int line) {
        issues.add(new Issue(line, IssueKind.DUPLICATE, "a lead with this e-mail, or this company in this country, "
                + "already exists"));
        duplicates++;
    }

    void toProcess(int rows) {
        total = rows;
    }

    synchronized void chunkDone(LeadImportWorker.ChunkResult result) {
        result.duplicateLines().forEach(this::duplicate);
        processed += result.rows();
        created += result.created();
        routed += result.routed();
        unroutable += result.unroutable();
    }

    void finished(Instant at) {
        finishedAt = at;
        phase = Phase.DONE;
    }

    void failed(String reason, Instant at) {
        failure = reason;
        finishedAt = at;
        phase = Phase.FAILED;
    }

    public UUID getId() { return id; }
    public String getFileName() { return fileName; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Phase getPhase() { return phase; }
    public boolean isRunning() { return phase == Phase.IMPORTING; }
    /** Valid rows to create (rejected rows are not counted). */
    public int getTotal() { return total; }
    public int getProcessed() { return processed; }
    public int getCreated() { return created; }
    public int getDuplicates() { return duplicates; }
    public int getRejected() { return rejected; }
    public int getRouted() { return routed; }
    public int getUnroutable() { return unroutable; }
    public String getFailure() { return failure; }
    public int getPercent() {
        return total == 0 ? (phase == Phase.IMPORTING ? 0 : 100) : (int) Math.min(100, processed * 100L / total);
    }
    /** Rows per second so far (all rows read, over the time since the start). */
    public long getRowsPerSecond() {
        var end = finishedAt == null ? Instant.now() : finishedAt;
        long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
        return (processed + rejected) * 1000L / millis;
    }
    public List<Issue> getIssues() {
        synchronized (issues) {
            return List.copyOf(issues);
        }
    }
}
