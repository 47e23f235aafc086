package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.Lead;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.notify.Mail;
import org.channelport.platform.notify.NotificationKind;
import org.channelport.platform.notify.Notifier;

/**
 * Rule L13: every offer, reminder and recall is notified to the partner's administrators and mailed as each chose
 * (issue 10), through the mail outbox in the transaction of the change. Offers made in one batch (an import, a sweep) go out as one digest per partner, so
 * that an import of thousands of leads does not flood a partner's mailbox. Mails name the lead's company and region
 * only: contact details stay in the portal until the partner accepts (rule L9).
 */
@ApplicationScoped
public class LeadNotifications {

    @Inject
    PartnerRoster roster;
    @Inject
    Notifier notifier;
    /** Where a partner answers its offered leads. */
    private static final String INBOX = "/portal/leads/index.xhtml";

    /** Most leads a digest lists one by one. */
    public static final int DIGEST_LINES = 50;

    /**
     * One notification and one mail per partner for the leads it has just been offered.
     *
     * @param sample the first leads offered to each partner (at most {@link #DIGEST_LINES})
     * @param counts how many leads each partner was offered in all
     */
    public void offered(Map<UUID, List<Lead>> sample, Map<UUID, Integer> counts) {
        var recipients = roster.recipients(sample.keySet());
        sample.forEach((partnerId, leads) -> {
            if (leads.isEmpty()) {
                return;
            }
            int total = counts.getOrDefault(partnerId, leads.size());
            var to = recipients.getOrDefault(partnerId, List.of());
            if (total == 1) {
                var lead = leads.get(0);
                notifier.notify(to, partnerId, NotificationKind.LEAD_OFFER,
                        AuditDetail.of("notification.lead.offered", AuditDetail.text(lead.company())), page(lead),
                        Mail.of(AuditDetail.of("mail.lead.offered.subject", AuditDetail.text(lead.company())),
                                AuditDetail.of("mail.lead.offered.body", line(lead), productLine(lead)),
                                AuditDetail.of("mail.lead.answerBy", when(lead.acceptDueAt()))));
                return;
            }
            var lines = new ArrayList<AuditDetail>();
            lines.add(AuditDetail.of("mail.lead.offeredMany.body", AuditDetail.text(total)));
            leads.forEach(l -> lines.add(AuditDetail.of("mail.lead.item", line(l), productLine(l), when(l.acceptDueAt()))));
            if (total > leads.size()) {
                lines.add(AuditDetail.of("mail.lead.more", AuditDetail.text(total - leads.size())));
            }
            lines.add(AuditDetail.of("mail.lead.offeredMany.end"));
            notifier.notify(to, partnerId, NotificationKind.LEAD_OFFER,
                    AuditDetail.of("notification.lead.offeredMany", AuditDetail.text(total)), INBOX,
                    new Mail(AuditDetail.of("mail.lead.offeredMany.subject", AuditDetail.text(total)), lines));
        });
    }

    public void reminder(Lead lead) {
        notifier.notify(roster.recipients(lead.partnerId()), lead.partnerId(), NotificationKind.LEAD_OFFER,
                AuditDetail.of("notification.lead.reminder", AuditDetail.text(lead.company())), page(lead),
                Mail.of(AuditDetail.of("mail.lead.reminder.subject", AuditDetail.text(lead.company())),
                        AuditDetail.of("mail.lead.reminder.body", line(lead), productLine(lead)),
                        AuditDetail.of("mail.lead.answerBy", when(lead.acceptDueAt()))));
    }

    public void recalled(Lead lead, UUID fromPartner, AssignmentEnd why, Instant deadline) {
        var body = why == AssignmentEnd.RECALLED_NOT_ACCEPTED ? "mail.lead.recalledNotAccepted.body"
                : "mail.lead.recalledNotUpdated.body";
        notifier.notify(roster.recipients(fromPartner), fromPartner, NotificationKind.LEAD_RECALL,
                AuditDetail.of("notification.lead.recalled", AuditDetail.text(lead.company())), INBOX,
                Mail.of(AuditDetail.of("mail.lead.recalled.subject", AuditDetail.text(lead.company())),
                        AuditDetail.of(body, line(lead), productLine(lead), when(deadline)),
                        AuditDetail.of("mail.lead.gone")));
    }

    /** A channel manager took a lead away from a partner. */
    public void withdrawn(Lead lead, UUID fromPartner) {
        notifier.notify(roster.recipients(fromPartner), fromPartner, NotificationKind.LEAD_RECALL,
                AuditDetail.of("notification.lead.withdrawn", AuditDetail.text(lead.company())), INBOX,
                Mail.of(AuditDetail.of("mail.lead.withdrawn.subject", AuditDetail.text(lead.company())),
                        AuditDetail.of("mail.lead.withdrawn.body", line(lead), productLine(lead)),
                        AuditDetail.of("mail.lead.gone")));
    }

    /** "Acme GmbH (North, DE)": the company and where it is, never its contact details (rule L9). */
    private static String line(Lead lead) {
        return AuditDetail.text(lead.company() + " (" + (lead.region() == null ? "" : lead.region() + ", ")
                + lead.country() + ")");
    }

    private static String productLine(Lead lead) {
        return AuditDetail.label("enum." + lead.productLine());
    }

    /** A deadline, read in each reader's language and time zone. */
    private static String when(Instant instant) {
        return AuditDetail.instant(instant);
    }

    private static String page(Lead lead) {
        return "/portal/leads/lead.xhtml?id=" + lead.id();
    }
}
