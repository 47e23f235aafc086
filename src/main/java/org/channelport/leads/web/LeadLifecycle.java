package org.channelport.leads.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.channelport.leads.application.LeadSummary;
import org.channelport.leads.domain.LeadOrigin;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.Step;
import org.channelport.platform.web.Step.Phase;

/**
 * A lead's lifecycle for its pages (issue 10, record pages): offered (or registered by the partner, L3), accepted,
 * contacted, qualified, converted, with where it stands, the deadline of the next step (L10) and, when it was
 * disqualified, where it stopped (L11).
 */
@Named
@ApplicationScoped
public class LeadLifecycle {
    private static final List<LeadStatus> ORDER = List.of(LeadStatus.OFFERED, LeadStatus.ACCEPTED,
            LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.CONVERTED);

    @Inject
    Formats formats;

    public List<Step> steps(LeadSummary lead) {
        var status = lead.getStatus();
        var phases = phases(status, lead.getAcceptedAt() != null);
        var steps = new ArrayList<Step>();
        for (int i = 0; i < ORDER.size(); i++) {
            var step = ORDER.get(i);
            var name = i == 0 && lead.getOrigin() == LeadOrigin.PARTNER ? "registered"
                    : step.name().toLowerCase(java.util.Locale.ROOT);
            var phase = phases.get(i);
            String note;
            if (phase == Phase.STOPPED) {
                note = Messages.text("steps.lead.disqualified");
            } else if (i == 0 && status == LeadStatus.UNASSIGNED) {
                note = Messages.text("steps.lead.unassigned");
            } else {
                note = note(lead, step, phase);
            }
            steps.add(new Step(Messages.label("steps.lead." + name), phase, note));
        }
        return steps;
    }

    /**
     * The phase of each step of {@link #ORDER} for a lead in this status: the steps it reached are done, the one it
     * is at is current (an offer waits at its first step, an unrouted lead before it), and a disqualified lead
     * stopped after the last step it reached (which the status no longer says: {@code accepted} tells).
     */
    static List<Phase> phases(LeadStatus status, boolean accepted) {
        int reached = switch (status) {
            case UNASSIGNED -> -1;
            case DISQUALIFIED -> accepted ? 1 : 0;
            default -> ORDER.indexOf(status);
        };
        var phases = new ArrayList<Phase>();
        for (int i = 0; i < ORDER.size(); i++) {
            Phase phase;
            if (status == LeadStatus.DISQUALIFIED) {
                phase = i <= reached ? Phase.DONE : i == reached + 1 ? Phase.STOPPED : Phase.NEXT;
            } else if (status == LeadStatus.UNASSIGNED || status == LeadStatus.OFFERED) {
                phase = i == 0 ? Phase.CURRENT : Phase.NEXT;
            } else if (i <= reached) {
                phase = Phase.DONE;
            } else {
                phase = i == reached + 1 ? Phase.CURRENT : Phase.NEXT;
            }
            phases.add(phase);
        }
        return phases;
    }

    private String note(LeadSummary lead, LeadStatus step, Phase phase) {
        if (phase == Phase.CURRENT && step == LeadStatus.OFFERED) {
            return Messages.text("steps.lead.answerBy", formats.dateTime(lead.getAcceptDueAt()));
        }
        if (phase == Phase.CURRENT) {
            return Messages.text("steps.lead.next." + step.name(), formats.dateTime(lead.getFollowUpDueAt()));
        }
        if (phase == Phase.DONE && step == LeadStatus.ACCEPTED && lead.getAcceptedAt() != null) {
            return Messages.text("steps.lead.acceptedOn", formats.date(lead.getAcceptedAt()));
        }
        return null;
    }
}
