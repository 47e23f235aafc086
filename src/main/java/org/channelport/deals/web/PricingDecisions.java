package org.channelport.deals.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.channelport.deals.application.DealReviewService;
import org.channelport.platform.web.Messages;

/**
 * A manager's answers to pricing requests (rule D9), one note per request: approve within the manager's authority,
 * reject with a reason, or escalate beyond it. The service decides what is allowed; refusals show at the top.
 */
class PricingDecisions implements Serializable {
    private final Map<UUID, String> notes = new HashMap<>();

    boolean approve(DealReviewService review, String formId, UUID request) {
        return done(Messages.attempt(formId, () -> { review.approvePricing(request, notes.get(request)); }), request,
                "deals.pricing.approved");
    }

    boolean reject(DealReviewService review, String formId, UUID request) {
        return done(Messages.attempt(formId, () -> { review.rejectPricing(request, notes.get(request)); }), request,
                "deals.pricing.rejected");
    }

    boolean escalate(DealReviewService review, String formId, UUID request) {
        return done(Messages.attempt(formId, () -> { review.escalatePricing(request, notes.get(request)); }), request,
                "deals.pricing.escalated");
    }

    private boolean done(boolean ok, UUID request, String key) {
        if (ok) {
            notes.remove(request);
            Messages.info(key);
        }
        return ok;
    }

    Map<UUID, String> notes() { return notes; }
}
