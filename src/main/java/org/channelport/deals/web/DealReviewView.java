package org.channelport.deals.web;

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
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.ExtensionStatus;
import org.channelport.partners.application.HistoryEntry;
import org.channelport.platform.web.Messages;
import org.channelport.shared.DomainException;
import org.primefaces.model.StreamedContent;

/**
 * One registration in the console: its details, and for a held one the competing registrations and leads side by side
 * (rule D3); the decisions of rules D5–D9 (approve, reject with a reason, ask a question, extension, pricing).
 */
@Named
@ViewScoped
public class DealReviewView implements Serializable {
    @Inject
    DealQueries queries;
    @Inject
    DealReviewService review;

    private final PricingDecisions decisions = new PricingDecisions();
    private String id;
    private UUID dealId;
    private DealRows.Detail deal;
    private List<DealRows.Conflict> conflicts;
    private List<HistoryEntry> history;
    private List<DealRows.Attachment> attachments;
    private List<DealRows.Pricing> pricing;
    private String note;
    private String reason;
    private String question;
    private String extensionNote;

    public void load() {
        dealId = DealPages.uuid(id);
        if (dealId == null) {
            DealPages.notFound();
            return;
        }
        try {
            reload();
        } catch (DomainException e) {
            DealPages.notFound();
        }
    }

    private void reload() {
        deal = queries.get(dealId);
        conflicts = queries.conflicts(dealId);
        history = queries.history(dealId);
        attachments = queries.attachments(dealId);
        pricing = queries.pricing(dealId);
    }

    public void approve() {
        var after = DealPages.attempt("decisionForm", () -> review.approve(dealId, note));
        if (after != null) {
            Messages.info(after == DealStatus.APPROVED ? "deals.approved" : "deals.firstApproval", deal.getReference());
            note = null;
            reload();
        }
    }

    public void reject() {
        if (DealPages.attempt("decisionForm", () -> review.reject(dealId, reason))) {
            Messages.info("deals.rejected", deal.getReference());
            reason = null;
            reload();
        }
    }

    public void requestInformation() {
        if (DealPages.attempt("questionForm", () -> review.requestInformation(dealId, question))) {
            Messages.info("deals.questionSent", deal.getReference());
            question = null;
            reload();
        }
    }

    public void decideExtension(boolean approve) {
        if (DealPages.attempt("extensionForm", () -> review.decideExtension(dealId, approve, extensionNote))) {
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

    public StreamedContent download(UUID attachmentId) {
        return PartnerDealView.file(queries.attachment(dealId, attachmentId));
    }

    public boolean isInReview() { return deal.getStatus().isInReview(); }
    public boolean isExtensionRequested() {
        return deal.getStatus() == DealStatus.APPROVED && deal.getExtensionStatus() == ExtensionStatus.REQUESTED;
    }
    public Map<UUID, String> getNotes() { return decisions.notes(); }
    public DealRows.Detail getDeal() { return deal; }
    public List<DealRows.Conflict> getConflicts() { return conflicts; }
    public List<HistoryEntry> getHistory() { return history; }
    public List<DealRows.Attachment> getAttachments() { return attachments; }
    public List<DealRows.Pricing> getPricing() { return pricing; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public String getExtensionNote() { return extensionNote; }
    public void setExtensionNote(String extensionNote) { this.extensionNote = extensionNote; }
}
