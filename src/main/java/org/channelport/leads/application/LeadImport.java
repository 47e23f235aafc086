package org.channelport.leads.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.channelport.platform.imports.ImportJob;

/**
 * One import of a lead file and its progress (rule L2): read at once, then created and routed in chunks on a worker
 * thread; every rejected or duplicate row is reported with its line. Thread-safe: the worker writes, pages and the API
 * read.
 */
public class LeadImport extends ImportJob {

    public enum IssueKind { REJECTED, DUPLICATE }

    /** A row that was not imported, and why. */
    public record Issue(int line, IssueKind kind, String reason) implements java.io.Serializable {
        public int getLine() { return line; }
        public IssueKind getKind() { return kind; }
        public String getReason() { return reason; }
    }

    private final List<Issue> issues = Collections.synchronizedList(new ArrayList<>());
    private volatile int created;
    private volatile int duplicates;
    private volatile int routed;
    private volatile int unroutable;

    LeadImport(UUID id, String fileName, String startedBy, Instant startedAt) {
        super(id, fileName, startedBy, startedAt);
    }

    void rejected(int line, String reason) {
        issues.add(new Issue(line, IssueKind.REJECTED, reason));
        countRejected();
    }

    void duplicate(int line) {
        issues.add(new Issue(line, IssueKind.DUPLICATE, "a lead with this e-mail, or this company in this country, "
                + "already exists"));
        duplicates++;
    }

    synchronized void chunkDone(LeadImportWorker.ChunkResult result) {
        result.duplicateLines().forEach(this::duplicate);
        created += result.created();
        routed += result.routed();
        unroutable += result.unroutable();
        countProcessed(result.rows());
    }

    public int getCreated() { return created; }
    public int getDuplicates() { return duplicates; }
    public int getRouted() { return routed; }
    public int getUnroutable() { return unroutable; }
    public List<Issue> getIssues() {
        synchronized (issues) {
            return List.copyOf(issues);
        }
    }
}
