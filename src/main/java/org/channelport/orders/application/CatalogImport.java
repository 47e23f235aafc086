package org.channelport.orders.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.channelport.platform.imports.ImportJob;

/**
 * One import of a console's file of products, list prices or contract prices (rules O6, O8) and its progress: read at
 * once, then applied in chunks through the same services as the ERP's calls; every row not imported is reported with
 * its line and all its problems.
 */
public class CatalogImport extends ImportJob {

    /** What a file holds. */
    public enum Kind { PRODUCTS, LIST_PRICES, CONTRACT_PRICES }

    /** A row that was not imported, and why (in English, as the services word it). */
    public record Issue(int line, String reason) implements java.io.Serializable {
        public int getLine() { return line; }
        public String getReason() { return reason; }
    }

    private final Kind kind;
    private final List<Issue> issues = Collections.synchronizedList(new ArrayList<>());
    private volatile int created;
    private volatile int changed;
    private volatile int unchanged;
    private volatile int refused;
    /** What the file does not carry: an existing product keeps its own (rule O25). */
    private volatile java.util.Set<CatalogService.Kept> kept = CatalogService.LISTS;

    CatalogImport(UUID id, Kind kind, String fileName, String startedBy, Instant startedAt) {
        super(id, fileName, startedBy, startedAt);
        this.kind = kind;
    }

    void rejected(int line, String reason) {
        issues.add(new Issue(line, reason));
        countRejected();
    }

    /** A committed chunk: its counts and the rows the service refused. */
    synchronized void chunkDone(int rows, CatalogUpsert result, List<Issue> refusedRows) {
        issues.addAll(refusedRows);
        created += result.created();
        changed += result.changed();
        unchanged += result.unchanged();
        refused += refusedRows.size();
        countProcessed(rows);
    }

    public Kind getKind() { return kind; }
    java.util.Set<CatalogService.Kept> kept() { return kept; }
    void keep(java.util.Set<CatalogService.Kept> kept) { this.kept = java.util.Set.copyOf(kept); }
    public int getCreated() { return created; }
    public int getChanged() { return changed; }
    public int getUnchanged() { return unchanged; }

    /** Rows not imported: refused when the file was read, or by the service. */
    @Override
    public int getRejected() { return super.getRejected() + refused; }

    /** By line. */
    public List<Issue> getIssues() {
        synchronized (issues) {
            var sorted = new ArrayList<>(issues);
            sorted.sort(Comparator.comparingInt(Issue::line));
            return sorted;
        }
    }

    @Override
    public long getRowsPerSecond() {
        // the service's refusals are part of the processed rows already
        var end = getFinishedAt() == null ? Instant.now() : getFinishedAt();
        long millis = Math.max(1, java.time.Duration.between(getStartedAt(), end).toMillis());
        return (getProcessed() + super.getRejected()) * 1000L / millis;
    }
}
