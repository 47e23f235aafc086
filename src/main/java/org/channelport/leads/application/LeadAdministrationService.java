package org.channelport.leads.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.LeadOrigin;
import org.channelport.leads.domain.LeadRepository;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.access.ChannelManagers;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.IllegalTransition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Channel managers' hand on single leads: manual reassignment (rule L14) and routing a queued lead again. */
@ApplicationScoped
@Transactional
public class LeadAdministrationService {
    @Inject
    LeadRepository leads;
    @Inject
    LeadRouting routing;
    @Inject
    PartnerRoster roster;
    @Inject
    LeadNotifications notifications;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "app.leads.manual-accept-sla-hours", defaultValue = "48")
    int manualAcceptSlaHours;
    @Inject
    @ConfigProperty(name = "app.leads.manual-follow-up-sla-hours", defaultValue = "168")
    int manualFollowUpSlaHours;

    /**
     * Rule L14: a manager offers the lead to a partner of their choice, with a note that becomes the explanation; the
     * partner that held it is told. A suspended partner cannot receive it.
     */
    public void reassign(UUID leadId, UUID partnerId, String note) {
        ChannelManagers.require(user);
        var lead = leads.findForUpdate(leadId).orElseThrow(() -> DomainException.notFound("lead", leadId));
        if (lead.origin() == LeadOrigin.PARTNER || lead.status().isFinal()) {
            throw new IllegalTransition("lead", "lead", lead.status(), "reassign");
        }
        var partner = partnerId == null ? null : roster.find(partnerId).orElse(null);
        if (partner == null || !partner.active()) {
            throw DomainException.invalid("lead.reassign.partner", "Choose an active partner.", "partner");
        }
        if (partner.id().equals(lead.partnerId())) {
            throw DomainException.invalid("lead.reassign.same", "The lead is already with this partner.", "partner");
        }
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("lead.reassign.note", "Say why you reassign the lead.", "note");
        }
        var now = clock.instant();
        var previous = lead.partnerId();
        var batch = routing.batch(user.name());
        if (previous != null) {
            leads.assignment(lead.currentAssignmentId()).filter(a -> a.isOpen())
                    .ifPresent(a -> a.end(AssignmentEnd.REASSIGNED, note.strip(), now));
            audit.recordAs(user.name(), previous, "Lead", leadId, "withdrawn", lead.status(), LeadStatus.UNASSIGNED,
                    "reassigned by a channel manager");
            notifications.withdrawn(lead, previous);
            lead.release(now);
        }
        batch.offerManually(lead, partner.id(), partner.name(), note.strip(), manualAcceptSlaHours,
                manualFollowUpSlaHours);
        batch.notifyPartners();
    }

    /** Routes a lead of the managers' queue again (after a rule change, or when partners have capacity again). */
    public boolean reroute(UUID leadId) {
        ChannelManagers.require(user);
        var lead = leads.findForUpdate(leadId).orElseThrow(() -> DomainException.notFound("lead", leadId));
        if (lead.status() != LeadStatus.UNASSIGNED) {
            throw new IllegalTransition("lead", "lead", lead.status(), "route");
        }
        var batch = routing.batch(user.name());
        var decision = batch.route(lead, false);
        batch.notifyPartners();
        return decision.routed();
    }

}
