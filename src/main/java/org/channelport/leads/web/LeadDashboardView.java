package org.channelport.leads.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.domain.LeadStatus;

/** The leads tiles on the console's dashboard: what waits for a manager, and what waits for partners. */
@Named
@ViewScoped
public class LeadDashboardView implements Serializable {
    @Inject
    LeadQueries queries;

    private Map<LeadStatus, Long> counts;

    @PostConstruct
    void load() {
        counts = queries.countsByStatus();
    }

    public long getQueued() { return counts.getOrDefault(LeadStatus.UNASSIGNED, 0L); }
    public long getOffered() { return counts.getOrDefault(LeadStatus.OFFERED, 0L); }
}
