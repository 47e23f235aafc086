package org.channelport.leads.web;

import java.util.List;
import org.channelport.leads.application.LeadFilter;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.application.LeadSummary;
import org.channelport.platform.web.PagedTable;

/** A lead list paged in the database, for the console's pool and the partner's inbox (rule L9 in the read side). */
class LeadTable extends PagedTable<LeadSummary, LeadFilter> {
    private final LeadQueries queries;

    /** @param queries the CDI client proxy (serializable), never the bean itself */
    LeadTable(LeadQueries queries, Filter<LeadFilter> filter) {
        super(filter, LeadQueries.MAX_PAGE_SIZE);
        this.queries = queries;
    }

    @Override
    protected long count(LeadFilter filter) { return queries.count(filter); }

    @Override
    protected Slice<LeadSummary> page(LeadFilter filter, int first, int size) {
        var page = queries.list(filter, first, size);
        return new Slice<>(page.items(), page.total());
    }

    @Override
    protected List<LeadSummary> all(LeadFilter filter) { return queries.export(filter); }

    @Override
    protected String key(LeadSummary lead) { return lead.getId().toString(); }
}
