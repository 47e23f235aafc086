package org.channelport.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list paged in the database for a PrimeFaces table, filtered by its view. An export asks for every row at once
 * (a page larger than the read side allows): that read goes through {@link #all}, which the read side still filters by
 * the caller's tenancy.
 *
 * @param <R> the row (a *Summary with getters)
 * @param <F> the read side's filter
 */
public abstract class PagedTable<R, F> extends LazyDataModel<R> {
    /** The view's filter; serializable, so that the table survives the view being passivated with the session. */
    public interface Filter<F> extends Supplier<F>, Serializable {}

    /** One page and the number of rows in all. */
    public record Slice<R>(List<R> items, long total) {}

    private final Filter<F> filter;
    private final int maxPageSize;

    protected PagedTable(Filter<F> filter, int maxPageSize) {
        this.filter = filter;
        this.maxPageSize = maxPageSize;
    }

    protected abstract long count(F filter);

    protected abstract Slice<R> page(F filter, int first, int size);

    protected abstract List<R> all(F filter);

    protected abstract String key(R row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count(filter.get());
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (pageSize > maxPageSize) {
            var all = all(filter.get());
            setRowCount(all.size());
            return all;
        }
        var page = page(filter.get(), Math.max(0, first), Math.max(1, pageSize));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(R row) {
        return key(row);
    }
}
