package org.channelport.leads.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.channelport.leads.application.LeadFilter;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.application.LeadSummary;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.web.ListMemory;
import org.channelport.platform.web.PagedTable;
import org.primefaces.model.LazyDataModel;

/**
 * The partner's lead inbox: what has been offered to it (company and region only, with the deadline), what it is
 * working, what it closed; only its own leads (rule L9).
 */
@Named
@ViewScoped
public class LeadInboxView implements Serializable {
    /** This list's filters in {@link ListMemory}. */
    static final String LIST = "portal.leads";
    @Inject
    ListMemory memory;
    @Inject
    LeadQueries queries;

    private LeadStatus status = LeadStatus.OFFERED;
    private String text;
    private Map<LeadStatus, Long> counts;
    private LazyDataModel<LeadSummary> leads;

    @PostConstruct
    void init() {
        counts = queries.countsByStatus();
        if (counts.getOrDefault(LeadStatus.OFFERED, 0L) == 0) {
            status = null;
        }
        memory.recall(LIST, LeadFilter.class, "status", "all").ifPresent(f -> {
            status = f.status();
            text = f.text();
        });
        leads = new PagedTable<>(this::filter,
                LeadQueries.MAX_PAGE_SIZE, queries::count, queries::page, queries::export, LeadSummary::getId);
    }

    private LeadFilter filter() {
        return new LeadFilter(status, null, null, null, text, null);
    }

    public long count(LeadStatus s) {
        return s == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(s, 0L);
    }

    public LazyDataModel<LeadSummary> getLeads() { return leads; }
    public LeadStatus getStatus() { return status; }
    public void setStatus(LeadStatus status) { this.status = status; memory.remember(LIST, filter()); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; memory.remember(LIST, filter()); }
}
