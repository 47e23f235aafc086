package org.channelport.deals.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.channelport.deals.application.DealFilter;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A registration list paged in the database (portal and console). An export asks for every row at once: that read
 * goes through {@link DealQueries#export}, still filtered by the caller's tenancy (rule D4).
 */
class DealTable extends LazyDataModel<DealSummary> {
    /** The view's filter; serializable, so that the table survives the view being passivated with the session. */
    interface Filter extends Supplier<DealFilter>, java.io.Serializable {}

    private final DealQueries queries;
    private final Filter filter;

    /** @param queries the CDI client proxy (serializable), never the bean itself */
    DealTable(DealQueries queries, Filter filter) {
        this.queries = queries;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) queries.count(filter.get());
    }

    @Override
    public List<DealSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (pageSize > DealQueries.MAX_PAGE_SIZE) {
            var all = queries.export(filter.get());
            setRowCount(all.size());
            return all;
        }
        var page = queries.list(filter.get(), Math.max(0, first), Math.max(1, pageSize));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(DealSummary deal) {
        return deal.getId().toString();
    }
}
