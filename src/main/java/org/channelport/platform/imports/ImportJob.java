package org.channelport.platform.imports;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One import of a file and its progress: read and checked at once, then applied in chunks on a worker thread while
 * pages and APIs watch. Each context's job adds its own counts and its row report. Thread-safe: the worker writes,
 * pages and the API read.
 */
public abstract class ImportJob implements Serializable {
    public enum Phase { IMPORTING, DONE, FAILED }

    private final UUID id;
    private final String fileName;
    private final String startedBy;
    private final Instant startedAt;
    private volatile Phase phase = Phase.IMPORTING;
    private volatile int total;
    private volatile int processed;
    private volatile int rejected;
    private volatile Instant finishedAt;
    private volatile String failure;

    protected ImportJob(UUID id, String fileName, String startedBy, Instant startedAt) {
        this.id = id;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /** A row refused while the file was read; the subclass keeps its report. */
    protected synchronized void countRejected() {
        rejected++;
    }

    /** Rows that passed the reading: what the worker will apply. */
    public void toProcess(int rows) {
        total = rows;
    }

    /** Rows the worker applied (a committed chunk). */
    protected synchronized void countProcessed(int rows) {
        processed += rows;
    }

    public void finished(Instant at) {
        finishedAt = at;
        phase = Phase.DONE;
    }

    public void failed(String reason, Instant at) {
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
    /** Valid rows to apply (rejected rows are not counted). */
    public int getTotal() { return total; }
    public int getProcessed() { return processed; }
    public int getRejected() { return rejected; }
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

    /**
     * Whether a page watching this import keeps asking for its progress: while it runs, and for {@code settle} after it
     * ended (a render that began while the last chunk was being written could show the bar below 100 % beside
     * "Done"; a render that begins after the end shows the final numbers).
     */
    public boolean isWorthPolling(Duration settle) {
        return isRunning() || finishedAt != null && finishedAt.isAfter(Instant.now().minus(settle));
    }
}
