package org.channelport.deals.web;

import java.util.List;
import org.channelport.deals.application.DealFilter;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealSummary;
import org.channelport.platform.web.PagedTable;

/** A registration list paged in the database, for the portal and the console (rule D4 in the read side). */
class DealTable extends PagedTable<DealSummary, DealFilter> {
    private final DealQueries queries;

    /** @param queries the CDI client proxy (serializable), never the bean itself */
    DealTable(DealQueries queries, Filter<DealFilter> filter) {
        super(filter, DealQueries.MAX_PAGE_SIZE);
        this.queries = queries;
    }

    @Override
    protected long count(DealFilter filter) { return queries.count(filter); }

    @Override
    protected Slice<DealSummary> page(DealFilter filter, int first, int size) {
        var page = queries.list(filter, first, size);
        return new Slice<>(page.items(), page.total());
    }

    @Override
    protected List<DealSummary> all(DealFilter filter) { return queries.export(filter); }

    @Override
    protected String key(DealSummary deal) { return deal.getId().toString(); }
}
