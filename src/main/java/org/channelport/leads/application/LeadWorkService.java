package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.Lead;
import org.channelport.leads.domain.LeadRepository;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;

/**
 * What a partner does with a lead it holds: accept or decline the offer (rule L10), work it (L11), hand it to a
 * colleague. Every call locks the lead's row first (L12), so an acceptance racing a recall is decided by whoever locks
 * first, and the other sees the new state. A lead the caller's partner does not hold is "not found" (L9).
 */
@ApplicationScoped
@Transactional
public class LeadWorkService {
    @Inject
    LeadRepository leads;
    @Inject
    LeadRouting routing;
    @Inject
    PartnerRoster roster;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public void accept(UUID leadId) {
        var partner = user.requirePartner();
        var lead = load(leadId, partner);
        var now = clock.instant();
        lead.accept(partner, user.name(), now);
        leads.assignment(lead.currentAssignmentId()).ifPresent(a -> a.accepted(now));
        audit.recordAs(user.name(), partner, "Lead", leadId, "accepted", LeadStatus.OFFERED, LeadStatus.ACCEPTED, (String) null);
    }

    /** Rule L7: the lead goes to the next candidate at once, never back to this partner. */
    public void decline(UUID leadId, String reason) {
        var partner = user.requirePartner();
        var lead = load(leadId, partner);
        lead.requireDeclinable(partner, reason);
        var now = clock.instant();
        leads.assignment(lead.currentAssignmentId()).ifPresent(a -> a.end(AssignmentEnd.DECLINED, reason.strip(), now));
        audit.recordAs(user.name(), partner, "Lead", leadId, "declined", LeadStatus.OFFERED, LeadStatus.UNASSIGNED,
                reason.strip());
        lead.release(now);
        var batch = routing.batch(user.name());
        batch.route(lead, false);
        batch.notifyPartners();
    }

    public void updateStatus(UUID leadId, LeadStatus status, String note, String reason) {
        var partner = user.requirePartner();
        var lead = load(leadId, partner);
        var before = lead.status();
        lead.updateStatus(partner, status, note, reason, clock.instant());
        if (status == LeadStatus.DISQUALIFIED) {
            leads.assignment(lead.currentAssignmentId()).filter(a -> a.isOpen())
                    .ifPresent(a -> a.end(AssignmentEnd.CLOSED, "disqualified", clock.instant()));
        }
        audit.recordAs(user.name(), partner, "Lead", leadId, "statusChanged", before, status,
                status == LeadStatus.DISQUALIFIED ? reason : note);
    }

    /** Rule L11: the opportunity's value and expected close date are recorded with the conversion. */
    public void convert(UUID leadId, BigDecimal value, String currency, LocalDate expectedCloseDate, String note) {
        var partner = user.requirePartner();
        var lead = load(leadId, partner);
        var before = lead.status();
        var now = clock.instant();
        lead.convert(partner, value, currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT),
                expectedCloseDate, note, LocalDate.ofInstant(now, ZoneOffset.UTC), now);
        leads.assignment(lead.currentAssignmentId()).ifPresent(a -> {
            a.converted(now);
            if (a.isOpen()) {
                a.end(AssignmentEnd.CLOSED, "converted", now);
            }
        });
        audit.recordAs(user.name(), partner, "Lead", leadId, "converted", before, LeadStatus.CONVERTED,
                value.toPlainString() + " " + lead.opportunityCurrency() + " by " + expectedCloseDate);
    }

    /** A partner admin hands an accepted lead to an active colleague of the same organization. */
    public void assignTo(UUID leadId, String colleague) {
        var partner = user.requirePartner();
        if (!user.isPartnerAdmin()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "error.notPartnerAdmin",
                    "Only an administrator of your organization can do this.");
        }
        var lead = load(leadId, partner);
        var username = colleague == null ? java.util.Optional.<String>empty() : roster.activeUser(partner, colleague.strip());
        if (username.isEmpty()) {
            throw DomainException.invalid("lead.colleague.unknown", "Choose an active user of your organization.",
                    "assignee");
        }
        var before = lead.assignedUser();
        lead.assignUser(partner, username.get(), clock.instant());
        audit.recordAs(user.name(), partner, "Lead", leadId, "userAssigned", before, username.get(), (String) null);
    }

    private Lead load(UUID leadId, UUID partner) {
        return leads.findForUpdate(leadId).filter(l -> partner.equals(l.partnerId()))
                .orElseThrow(() -> DomainException.notFound("lead", leadId));
    }
}
