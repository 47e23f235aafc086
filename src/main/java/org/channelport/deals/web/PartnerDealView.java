package org.channelport.deals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.UUID;
import org.channelport.deals.application.DealAttachmentService;
import org.channelport.deals.application.DealRegistrationService;
import org.channelport.deals.domain.DealStatus;
import org.channelport.deals.domain.PricingKind;
import org.channelport.platform.web.Messages;
import org.channelport.shared.ProductLine;
import org.primefaces.event.FileUploadEvent;

/**
 * One registration in the portal (rule D4: the partner's own, else "not found"): details, status and protection, the
 * manager's question or decision, a possible conflict without its details, history, attachments (D10), and what the
 * partner may do in its status: edit and resubmit (D2), discard a draft, ask for an extension (D7), close (D8), ask for
 * special pricing (D9).
 */
@Named
@ViewScoped
public class PartnerDealView extends DealPageView {
    @Inject
    DealRegistrationService registrations;
    @Inject
    DealAttachmentService attachmentService;

    private String extensionReason;
    private BigDecimal wonAmount;
    private String lostReason;
    private ProductLine pricingLine;
    private PricingKind pricingKind = PricingKind.PERCENT;
    private BigDecimal pricingValue;
    private String justification;

    public String discard() {
        if (Messages.attempt("actionsForm", () -> registrations.discard(dealId()))) {
            org.channelport.platform.web.Pages.keepMessages();
            Messages.info("deals.discarded", getDeal().getReference());
            return "/portal/deals/index?faces-redirect=true";
        }
        return null;
    }

    public void requestExtension() {
        if (Messages.attempt("extensionForm", () -> registrations.requestExtension(dealId(), extensionReason))) {
            Messages.info("deals.extensionRequested");
            extensionReason = null;
            reload();
        }
    }

    public void closeWon() {
        if (Messages.attempt("closeForm", () -> registrations.closeWon(dealId(), wonAmount))) {
            Messages.info("deals.closedWon");
            reload();
        }
    }

    public void closeLost() {
        if (Messages.attempt("closeForm", () -> registrations.closeLost(dealId(), lostReason))) {
            Messages.info("deals.closedLost");
            reload();
        }
    }

    public void requestPricing() {
        var requested = Messages.attempt("pricingForm",
                () -> registrations.requestPricing(dealId(), pricingLine, pricingKind, pricingValue, justification));
        if (requested != null) {
            Messages.info("deals.pricingRequested");
            pricingLine = null;
            pricingValue = null;
            justification = null;
            reload();
        }
    }

    /** Rule D10: the service checks type, content and size; the page only passes the file on. */
    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        UUID attached = Messages.attempt("attachForm",
                () -> attachmentService.attach(dealId(), file.getFileName(), file.getContent()));
        if (attached != null) {
            Messages.info("deals.attached", file.getFileName());
            reload();
        }
    }

    public void remove(UUID attachmentId) {
        if (Messages.attempt("attachForm", () -> attachmentService.remove(dealId(), attachmentId))) {
            Messages.info("deals.attachmentRemoved");
            reload();
        }
    }

    public boolean isEditable() { return getDeal().getStatus().isEditable(); }
    public boolean isDraft() { return getDeal().getStatus() == DealStatus.DRAFT; }
    public boolean isApproved() { return getDeal().getStatus() == DealStatus.APPROVED; }
    public boolean isExtensionOpen() { return isApproved() && getDeal().getExtensionStatus() == null; }
    public boolean isAttachable() { return !getDeal().getStatus().isFinal(); }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String extensionReason) { this.extensionReason = extensionReason; }
    public BigDecimal getWonAmount() { return wonAmount; }
    public void setWonAmount(BigDecimal wonAmount) { this.wonAmount = wonAmount; }
    public String getLostReason() { return lostReason; }
    public void setLostReason(String lostReason) { this.lostReason = lostReason; }
    public ProductLine getPricingLine() { return pricingLine; }
    public void setPricingLine(ProductLine pricingLine) { this.pricingLine = pricingLine; }
    public PricingKind getPricingKind() { return pricingKind; }
    public void setPricingKind(PricingKind pricingKind) { this.pricingKind = pricingKind; }
    public BigDecimal getPricingValue() { return pricingValue; }
    public void setPricingValue(BigDecimal pricingValue) { this.pricingValue = pricingValue; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
}
