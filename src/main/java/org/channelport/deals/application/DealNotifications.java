package org.channelport.deals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.PricingRequest;
import org.channelport.deals.domain.PricingStatus;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.notify.Mail;
import org.channelport.platform.notify.NotificationKind;
import org.channelport.platform.notify.Notifier;

/**
 * Rule D12: every decision on a registration is notified to the partner's administrators, and mailed as each chose
 * (issue 10: at once in their language, in a daily digest, or not), through the mail outbox in the transaction of the
 * decision. Mails never name other partners (D4).
 */
@ApplicationScoped
public class DealNotifications {
    @Inject
    PartnerRoster roster;
    @Inject
    Notifier notifier;

    /** The acknowledgment of a submission: under review, or held because of a possible conflict (never with whom). */
    public void submitted(DealRegistration deal) {
        boolean held = deal.status() == org.channelport.deals.domain.DealStatus.HELD;
        var lines = new ArrayList<AuditDetail>(List.of(AuditDetail.of("mail.deal.submitted.body", title(deal))));
        if (held) {
            lines.add(AuditDetail.of("mail.deal.submitted.held"));
        }
        send(deal, NotificationKind.DEAL_DECISION, "submitted", lines);
    }

    public void approved(DealRegistration deal) {
        send(deal, NotificationKind.DEAL_DECISION, "approved",
                List.of(AuditDetail.of("mail.deal.approved.body", title(deal), day(deal.protectedUntil()))));
    }

    public void rejected(DealRegistration deal) {
        send(deal, NotificationKind.DEAL_DECISION, "rejected", List.of(AuditDetail.of("mail.deal.rejected.body",
                title(deal)), AuditDetail.of("mail.reason", AuditDetail.text(deal.decisionNote()))));
    }

    public void informationRequested(DealRegistration deal) {
        send(deal, NotificationKind.DEAL_DECISION, "informationRequested",
                List.of(AuditDetail.of("mail.deal.informationRequested.body", title(deal)),
                        AuditDetail.of("mail.quote", AuditDetail.text(deal.decisionNote())),
                        AuditDetail.of("mail.deal.informationRequested.next")));
    }

    public void extensionDecided(DealRegistration deal, boolean approved, String note) {
        var event = approved ? "extensionApproved" : "extensionDeclined";
        var lines = new ArrayList<AuditDetail>(List.of(AuditDetail.of("mail.deal." + event + ".body", title(deal),
                day(deal.protectedUntil()))));
        if (!approved && note != null) {
            lines.add(AuditDetail.of("mail.reason", AuditDetail.text(note)));
        }
        send(deal, NotificationKind.DEAL_DECISION, event, lines);
    }

    public void pricingDecided(DealRegistration deal, PricingRequest request) {
        boolean approved = request.status() == PricingStatus.APPROVED;
        var event = approved ? "pricingApproved" : "pricingDeclined";
        var lines = new ArrayList<AuditDetail>(List.of(AuditDetail.of("mail.deal." + event + ".body", title(deal),
                AuditDetail.text(request.discountPercent().toPlainString()),
                AuditDetail.label("enum." + request.productLine()))));
        if (request.decisionNote() != null) {
            lines.add(AuditDetail.of("mail.note", AuditDetail.text(request.decisionNote())));
        }
        send(deal, NotificationKind.DEAL_PRICING, event, lines);
    }

    public void expiryReminder(DealRegistration deal) {
        send(deal, NotificationKind.DEAL_EXPIRY, "expiryReminder",
                List.of(AuditDetail.of("mail.deal.expiryReminder.body", title(deal), day(deal.protectedUntil()))));
    }

    public void expired(DealRegistration deal) {
        send(deal, NotificationKind.DEAL_EXPIRY, "expired",
                List.of(AuditDetail.of("mail.deal.expired.body", title(deal), day(deal.protectedUntil()))));
    }

    /**
     * Notifies the partner's administrators (or mails its contact): the notification's text is
     * {@code notification.deal.<event>}, the mail's subject {@code mail.deal.<event>.subject}.
     */
    private void send(DealRegistration deal, NotificationKind kind, String event, List<AuditDetail> lines) {
        notifier.notify(roster.recipients(deal.partnerId()), deal.partnerId(), kind,
                AuditDetail.of("notification.deal." + event, AuditDetail.text("DR-" + deal.number() + " · " + deal.company())),
                "/portal/deals/deal.xhtml?id=" + deal.id(),
                new Mail(AuditDetail.of("mail.deal." + event + ".subject", title(deal)), lines));
    }

    /** "DR-12 (Acme GmbH)": the registration as mails name it. */
    private static String title(DealRegistration deal) {
        return AuditDetail.text("DR-" + deal.number() + " (" + deal.company() + ")");
    }

    /** A calendar day as every language reads it unambiguously (2027-03-04). */
    private static String day(java.time.LocalDate date) {
        return AuditDetail.text(date);
    }
}
