package org.channelport.deals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.channelport.deals.application.DealReviewService;
import org.channelport.deals.application.DealRows;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.ExtensionStatus;
import org.channelport.platform.web.Messages;

/**
 * One registration in the console: its details, and for a held one the competing registrations and leads side by side
 * (rule D3); the decisions of rules D5–D9 (approve, reject with a reason, ask a question, extension, pricing).
 */
@Named
@ViewScoped
public class DealReviewView extends DealPageView {
    @Inject
    DealReviewService review;

    private final PricingDecisions decisions = new PricingDecisions();
    private List<DealRows.Conflict> conflicts;
    private String note;
    private String reason;
    private String question;
    private String extensionNote;

    @Override
    void reload() {
        super.reload();
        conflicts = queries.conflicts(dealId());
    }

    public void approve() {
        var after = Messages.attempt("decisionForm", () -> review.approve(dealId(), note));
        if (after != null) {
            Messages.info(after == DealStatus.APPROVED ? "deals.approved" : "deals.firstApproval", getDeal().getReference());
            note = null;
            reload();
        }
    }

    public void reject() {
        if (Messages.attempt("decisionForm", () -> review.reject(dealId(), reason))) {
            Messages.info("deals.rejected", getDeal().getReference());
            reason = null;
            reload();
        }
    }

    public void requestInformation() {
        if (Messages.attempt("questionForm", () -> review.requestInformation(dealId(), question))) {
            Messages.info("deals.questionSent", getDeal().getReference());
            question = null;
            reload();
        }
    }

    public void decideExtension(boolean approve) {
        if (Messages.attempt("extensionForm", () -> review.decideExtension(dealId(), approve, extensionNote))) {
            Messages.info(approve ? "deals.extensionApproved" : "deals.extensionRejected");
            extensionNote = null;
            reload();
        }
    }

    public void approvePricing(UUID request) {
        if (decisions.approve(review, "pricingForm", request)) reload();
    }

    public void rejectPricing(UUID request) {
        if (decisions.reject(review, "pricingForm", request)) reload();
    }

    public void escalatePricing(UUID request) {
        if (decisions.escalate(review, "pricingForm", request)) reload();
    }

    public boolean isInReview() { return getDeal().getStatus().isInReview(); }
    public boolean isExtensionRequested() {
        return getDeal().getStatus() == DealStatus.APPROVED && getDeal().getExtensionStatus() == ExtensionStatus.REQUESTED;
    }
    public Map<UUID, String> getNotes() { return decisions.notes(); }
    public List<DealRows.Conflict> getConflicts() { return conflicts; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public String getExtensionNote() { return extensionNote; }
    public void setExtensionNote(String extensionNote) { this.extensionNote = extensionNote; }
}
