package org.channelport.leads.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.channelport.leads.application.AssignmentRow;
import org.channelport.leads.application.LeadAdministrationService;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.application.LeadSummary;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.platform.web.Messages;
import org.channelport.shared.DomainException;

/** One lead in the console: its details, every assignment with its explanation (rule L6), reassignment (L14). */
@Named
@ViewScoped
public class LeadDetailView implements Serializable {
    @Inject
    LeadQueries queries;
    @Inject
    LeadAdministrationService administration;

    private String id;
    private LeadSummary lead;
    private List<AssignmentRow> assignments;
    private List<HistoryEntry> history;
    private List<PartnerRoster.Member> partners;
    private AssignmentRow queuedExplanation;
    private UUID reassignTo;
    private String reassignNote;

    /** f:viewAction: an unknown or malformed id answers 404. */
    public void load() throws IOException {
        try {
            var leadId = UUID.fromString(id == null ? "" : id);
            lead = queries.get(leadId);
            assignments = queries.assignments(leadId);
            history = queries.history(leadId);
            partners = queries.activePartners();
            queuedExplanation = lead.getStatus() == LeadStatus.UNASSIGNED ? queries.explainQueued(leadId) : null;
        } catch (IllegalArgumentException | DomainException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void reassign() {
        if (Messages.attempt("reassignForm", () -> administration.reassign(lead.getId(), reassignTo, reassignNote))) {
            Messages.info("lead.reassigned");
            reassignTo = null;
            reassignNote = null;
            reload();
        }
    }

    public void reroute() {
        var routed = Messages.attempt("routeForm", () -> administration.reroute(lead.getId()));
        if (routed != null) {
            Messages.info(routed ? "lead.rerouted" : "lead.stillUnroutable");
            reload();
        }
    }

    private void reload() {
        try {
            load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public boolean isReassignable() {
        return lead != null && lead.getOrigin() == org.channelport.leads.domain.LeadOrigin.BRAND
                && !lead.getStatus().isFinal();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public LeadSummary getLead() { return lead; }
    public List<AssignmentRow> getAssignments() { return assignments; }
    public List<HistoryEntry> getHistory() { return history; }
    public List<PartnerRoster.Member> getPartners() { return partners; }
    public AssignmentRow getQueuedExplanation() { return queuedExplanation; }
    public UUID getReassignTo() { return reassignTo; }
    public void setReassignTo(UUID reassignTo) { this.reassignTo = reassignTo; }
    public String getReassignNote() { return reassignNote; }
    public void setReassignNote(String reassignNote) { this.reassignNote = reassignNote; }
}
