package org.channelport.deals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.channelport.deals.domain.DealRegistration;
import org.channelport.deals.domain.PricingRequest;
import org.channelport.deals.domain.PricingStatus;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.mail.Mailer;
import org.channelport.platform.notify.Notifier;

/**
 * Rule D12: every decision on a registration is mailed to the partner's administrators through the mail outbox, in the
 * transaction of the decision. Mails never name other partners (D4).
 */
@ApplicationScoped
public class DealNotifications {
    @Inject
    Mailer mailer;
    @Inject
    PartnerRoster roster;
    @Inject
    Notifier notifier;
    /** app.base-url without a trailing slash (a configured one doubled the slash in links). */
    String baseUrl;

    @jakarta.annotation.PostConstruct
    void readBaseUrl() {
        baseUrl = org.channelport.platform.BaseUrl.get();
    }

    /** The acknowledgment of a submission: under review, or held because of a possible conflict (never with whom). */
    public void submitted(DealRegistration deal) {
        boolean held = deal.status() == org.channelport.deals.domain.DealStatus.HELD;
        send(deal, "submitted", "Deal registration received: " + title(deal),
                "Your deal registration " + title(deal) + " has been received and is waiting for a channel manager's "
                        + "review." + (held ? "\n\nThe check at submission found a possible conflict with another "
                        + "registration or lead for this customer; a channel manager will review both before deciding."
                        : "") + "\n");
    }

    public void approved(DealRegistration deal) {
        send(deal, "approved", "Deal registration approved: " + title(deal),
                "Your deal registration " + title(deal) + " has been approved.\n\nYour organization is protected "
                        + "for this opportunity until " + deal.protectedUntil() + " (inclusive).\n");
    }

    public void rejected(DealRegistration deal) {
        send(deal, "rejected", "Deal registration rejected: " + title(deal),
                "Your deal registration " + title(deal) + " has been rejected.\n\nReason: " + deal.decisionNote()
                        + "\n");
    }

    public void informationRequested(DealRegistration deal) {
        send(deal, "informationRequested", "More information needed: " + title(deal),
                "A channel manager needs more information about your deal registration " + title(deal)
                        + ":\n\n" + deal.decisionNote() + "\n\nEdit the registration and submit it again.\n");
    }

    public void extensionDecided(DealRegistration deal, boolean approved, String note) {
        send(deal, approved ? "extensionApproved" : "extensionDeclined", "Extension " + (approved ? "approved" : "declined") + ": " + title(deal), approved
                ? "The protection of " + title(deal) + " has been extended until " + deal.protectedUntil() + ".\n"
                : "The protection of " + title(deal) + " has not been extended; it ends on " + deal.protectedUntil()
                        + "." + (note == null ? "" : "\n\nReason: " + note) + "\n");
    }

    public void pricingDecided(DealRegistration deal, PricingRequest request) {
        boolean approved = request.status() == PricingStatus.APPROVED;
        send(deal, approved ? "pricingApproved" : "pricingDeclined", "Special pricing " + (approved ? "approved" : "declined") + ": " + title(deal),
                "Your request for " + request.discountPercent().toPlainString() + " % on " + request.productLine()
                        + " for " + title(deal) + " has been " + (approved ? "approved" : "declined") + "."
                        + (request.decisionNote() == null ? "" : "\n\nNote: " + request.decisionNote()) + "\n");
    }

    public void expiryReminder(DealRegistration deal) {
        send(deal, "expiryReminder", "Protection ends soon: " + title(deal),
                "The protection of your deal registration " + title(deal) + " ends on " + deal.protectedUntil()
                        + ".\n\nClose it as won or lost, or ask once for an extension, before then.\n");
    }

    public void expired(DealRegistration deal) {
        send(deal, "expired", "Protection expired: " + title(deal),
                "The protection of your deal registration " + title(deal) + " ended on " + deal.protectedUntil()
                        + ". Other partners' registrations of this customer are no longer held back by it.\n");
    }

    /** Mails the partner's administrators and adds the event to their notifications (issue 10). */
    private void send(DealRegistration deal, String event, String subject, String body) {
        var page = "/portal/deals/deal.xhtml?id=" + deal.id();
        notifier.notify(roster.administrators(List.of(deal.partnerId())).getOrDefault(deal.partnerId(), List.of()),
                deal.partnerId(), "deal", AuditDetail.of("notification.deal." + event,
                        AuditDetail.text("DR-" + deal.number() + " · " + deal.company())), page);
        var to = roster.notificationAddresses(List.of(deal.partnerId())).get(deal.partnerId());
        if (to == null) return;
        var text = body + "\n" + baseUrl + page + "\n";
        to.forEach(address -> mailer.queue(address, subject, text));
    }

    private static String title(DealRegistration deal) {
        return "DR-" + deal.number() + " (" + deal.company() + ", " + deal.country() + ")";
    }
}
