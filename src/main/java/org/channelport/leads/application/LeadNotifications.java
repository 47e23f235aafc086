package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.Lead;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.mail.Mailer;
import org.channelport.platform.notify.Notifier;

/**
 * Rule L13: every offer, reminder and recall is mailed to the partner (its administrators) through the mail outbox, in
 * the transaction of the change. Offers made in one batch (an import, a sweep) go out as one digest per partner, so
 * that an import of thousands of leads does not flood a partner's mailbox. Mails name the lead's company and region
 * only: contact details stay in the portal until the partner accepts (rule L9).
 */
@ApplicationScoped
public class LeadNotifications {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

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

    /** Most leads a digest lists one by one. */
    public static final int DIGEST_LINES = 50;

    /**
     * One mail per partner listing the leads it has just been offered.
     *
     * @param sample the first leads offered to each partner (at most {@link #DIGEST_LINES})
     * @param counts how many leads each partner was offered in all
     */
    public void offered(Map<UUID, List<Lead>> sample, Map<UUID, Integer> counts) {
        var addresses = roster.notificationAddresses(sample.keySet());
        sample.forEach((partnerId, leads) -> {
            if (leads.isEmpty()) {
                return;
            }
            int total = counts.getOrDefault(partnerId, leads.size());
            var body = new StringBuilder();
            if (total == 1) {
                var lead = leads.get(0);
                body.append("A new lead has been routed to your organization:\n\n").append(line(lead))
                        .append("\n\nAccept or decline it by ").append(WHEN.format(lead.acceptDueAt()))
                        .append(", or it will be offered to another partner:\n").append(link(lead)).append('\n');
            } else {
                body.append(total).append(" new leads have been routed to your organization:\n\n");
                leads.forEach(l -> body.append("- ").append(line(l)).append(" (accept by ")
                        .append(WHEN.format(l.acceptDueAt())).append(")\n"));
                if (total > leads.size()) {
                    body.append("- and ").append(total - leads.size()).append(" more\n");
                }
                body.append("\nAccept or decline them in your lead inbox: ").append(baseUrl)
                        .append("/portal/leads/index.xhtml\n");
            }
            var subject = total == 1 ? "New lead: " + leads.get(0).company()
                    : total + " new leads for your organization";
            send(addresses.get(partnerId), subject, body.toString());
            notify(partnerId, total == 1 ? AuditDetail.of("notification.lead.offered", AuditDetail.text(leads.get(0).company()))
                    : AuditDetail.of("notification.lead.offeredMany", AuditDetail.text(total)),
                    total == 1 ? "/portal/leads/lead.xhtml?id=" + leads.get(0).id() : "/portal/leads/index.xhtml");
        });
    }

    public void reminder(Lead lead) {
        notify(lead.partnerId(), AuditDetail.of("notification.lead.reminder", AuditDetail.text(lead.company())),
                "/portal/leads/lead.xhtml?id=" + lead.id());
        send(roster.notificationAddresses(List.of(lead.partnerId())).get(lead.partnerId()),
                "Reminder: accept or decline the lead " + lead.company(),
                "The lead " + line(lead) + " is waiting for your answer.\n\nAccept or decline it by "
                        + WHEN.format(lead.acceptDueAt()) + ", or it will be offered to another partner:\n"
                        + link(lead) + "\n");
    }

    public void recalled(Lead lead, UUID fromPartner, AssignmentEnd why, Instant deadline) {
        notify(fromPartner, AuditDetail.of("notification.lead.recalled", AuditDetail.text(lead.company())),
                "/portal/leads/index.xhtml");
        var reason = why == AssignmentEnd.RECALLED_NOT_ACCEPTED
                ? "it was not accepted by " + WHEN.format(deadline)
                : "it was not updated by " + WHEN.format(deadline);
        send(roster.notificationAddresses(List.of(fromPartner)).get(fromPartner),
                "Lead recalled: " + lead.company(),
                "The lead " + line(lead) + " has been taken back from your organization because " + reason
                        + ".\nIt is no longer visible in your portal.\n");
    }

    /** A channel manager took a lead away from a partner. */
    public void withdrawn(Lead lead, UUID fromPartner) {
        notify(fromPartner, AuditDetail.of("notification.lead.withdrawn", AuditDetail.text(lead.company())),
                "/portal/leads/index.xhtml");
        send(roster.notificationAddresses(List.of(fromPartner)).get(fromPartner),
                "Lead reassigned: " + lead.company(),
                "A channel manager has reassigned the lead " + line(lead) + " to another partner.\n"
                        + "It is no longer visible in your portal.\n");
    }

    /** Adds the event to the notifications of the partner's administrators (issue 10). */
    private void notify(UUID partnerId, AuditDetail text, String page) {
        notifier.notify(roster.administrators(List.of(partnerId)).getOrDefault(partnerId, List.of()), partnerId, "lead",
                text, page);
    }

    private void send(Collection<String> recipients, String subject, String body) {
        if (recipients == null) {
            return;
        }
        recipients.forEach(to -> mailer.queue(to, subject, body));
    }

    private static String line(Lead lead) {
        return lead.company() + " (" + (lead.region() == null ? "" : lead.region() + ", ") + lead.country() + ", "
                + lead.productLine() + ")";
    }

    private String link(Lead lead) {
        return baseUrl + "/portal/leads/lead.xhtml?id=" + lead.id();
    }
}
