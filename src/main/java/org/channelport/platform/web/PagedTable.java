package org.channelport.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The one PrimeFaces table paged in the database: every list of every context (partners, leads, deals) reads its
 * rows through the read side with the view's filter. An export asks for every row at once (a page larger than the
 * read side allows): that read goes through the read side's export, which still filters by the caller's tenancy and
 * holds at most its MAX_EXPORT rows. Every {@code p:dataExporter} of a paged table sets {@code bufferSize}
 * ({@value #EXPORT_BUFFER}: more than any page, and at least every read side's export bound), so that PrimeFaces
 * stops at the first empty load and reads every row of the first.
 *
 * <p>The reads are given as method references or lambdas over the read side's CDI client proxy (serializable), never
 * over the bean itself, so that the table survives the view being passivated with the session:
 *
 * <pre>new PagedTable&lt;&gt;(this::filter, DealQueries.MAX_PAGE_SIZE, queries::count, queries::page,
 *         queries::export, DealSummary::getId)</pre>
 *
 * @param <R> the row (a *Summary with getters)
 * @param <F> the read side's filter
 */
public class PagedTable<R, F> extends LazyDataModel<R> {
    /**
     * The bufferSize of the pages' exporters. PrimeFaces sets it as the model's page size and reads row i of a load as
     * row {@code i % pageSize}: it must hold the largest export (MAX_EXPORT of every read side), or rows past it would
     * repeat the first ones. PagedTableTest checks it.
     */
    public static final int EXPORT_BUFFER = 100_000;

    /** The view's filter, read at every load (the view's fields as they are now). */
    public interface Filter<F> extends Supplier<F>, Serializable {}

    /** How many rows the filter selects. */
    public interface Count<F> extends Serializable {
        long of(F filter);
    }

    /** One page: {@code size} rows from row {@code first}. */
    public interface Page<R, F> extends Serializable {
        List<R> of(F filter, int first, int size);
    }

    /** Every row the filter selects, for exports (the read side bounds it). */
    public interface All<R, F> extends Serializable {
        List<R> of(F filter);
    }

    /** A row's key for selection (its id). */
    public interface Key<R> extends Serializable {
        Object of(R row);
    }

    private final Filter<F> filter;
    private final int maxPageSize;
    private final Count<F> count;
    private final Page<R, F> page;
    private final All<R, F> all;
    private final Key<R> key;

    public PagedTable(Filter<F> filter, int maxPageSize, Count<F> count, Page<R, F> page, All<R, F> all, Key<R> key) {
        this.filter = filter;
        this.maxPageSize = maxPageSize;
        this.count = count;
        this.page = page;
        this.all = all;
        this.key = key;
    }

    /** PrimeFaces asks this before every load; the row count it sets is the pager's. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.of(filter.get());
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (pageSize > maxPageSize) {
            // An export (p:dataExporter with bufferSize: PrimeFaces loads from the offset it has reached until a load
            // comes back empty): every row at the first load, nothing after. Without bufferSize PrimeFaces would load
            // until it reached the count, so a capped export would repeat its rows; PagedTableTest requires it.
            return first > 0 ? List.of() : all.of(filter.get());
        }
        return page.of(filter.get(), Math.max(0, first), Math.max(1, pageSize));
    }

    @Override
    public String getRowKey(R row) {
        return String.valueOf(key.of(row));
    }
}
