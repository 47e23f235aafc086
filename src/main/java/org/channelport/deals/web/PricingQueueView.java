package org.channelport.deals.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealReviewService;
import org.channelport.deals.application.DealRows;

/** The console's open pricing requests, escalated ones first (rule D9), each decided in place. */
@Named
@ViewScoped
public class PricingQueueView implements Serializable {
    @Inject
    DealQueries queries;
    @Inject
    DealReviewService review;

    private final PricingDecisions decisions = new PricingDecisions();
    private List<DealRows.Pricing> requests;

    @PostConstruct
    void load() {
        requests = queries.openPricing();
    }

    public void approvePricing(UUID request) {
        if (decisions.approve(review, "pricingForm", request)) load();
    }

    public void rejectPricing(UUID request) {
        if (decisions.reject(review, "pricingForm", request)) load();
    }

    public void escalatePricing(UUID request) {
        if (decisions.escalate(review, "pricingForm", request)) load();
    }

    public Map<UUID, String> getNotes() { return decisions.notes(); }
    public List<DealRows.Pricing> getRequests() { return requests; }
}
