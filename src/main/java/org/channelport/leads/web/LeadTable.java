package org.channelport.leads.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.channelport.leads.application.LeadFilter;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.application.LeadSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lead list paged in the database, for the console's pool and the partner's inbox. An export asks for every row at
 * once: that read goes through {@link LeadQueries#export}, still filtered by the caller's tenancy.
 */
class LeadTable extends LazyDataModel<LeadSummary> {
    /** The view's filter; serializable, so that the table survives the view being passivated with the session. */
    interface Filter extends Supplier<LeadFilter>, java.io.Serializable {}

    private final LeadQueries queries;
    private final Filter filter;

    /** @param queries the CDI client proxy (serializable), never the bean itself */
    LeadTable(LeadQueries queries, Filter filter) {
        this.queries = queries;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) queries.count(filter.get());
    }

    @Override
    public List<LeadSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (pageSize > LeadQueries.MAX_PAGE_SIZE) {
            var all = queries.export(filter.get());
            setRowCount(all.size());
            return all;
        }
        var page = queries.list(filter.get(), Math.max(0, first), Math.max(1, pageSize));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(LeadSummary lead) {
        return lead.getId().toString();
    }
}
