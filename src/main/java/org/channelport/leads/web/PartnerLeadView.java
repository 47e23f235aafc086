package org.channelport.leads.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.channelport.leads.application.LeadQueries;
import org.channelport.leads.application.LeadSummary;
import org.channelport.leads.application.LeadWorkService;
import org.channelport.leads.domain.LeadStatus;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.web.Messages;
import org.channelport.shared.DomainException;

/**
 * One lead in the portal: accept or decline an offer (rule L10), then record progress or convert it (L11), or hand it
 * to a colleague. Contact details appear only once accepted (L9); a foreign id is "not found".
 */
@Named
@ViewScoped
public class PartnerLeadView implements Serializable {
    @Inject
    LeadQueries queries;
    @Inject
    LeadWorkService work;
    @Inject
    PartnerRoster roster;

    private String id;
    private LeadSummary lead;
    private List<HistoryEntry> history;
    private List<String[]> colleagues;
    private String declineReason;
    private LeadStatus nextStatus;
    private String note;
    private String disqualifyReason;
    private BigDecimal opportunityValue;
    private String opportunityCurrency;
    private LocalDate expectedCloseDate;
    private String conversionNote;
    private String assignee;

    public void load() throws IOException {
        try {
            var leadId = UUID.fromString(id == null ? "" : id);
            lead = queries.get(leadId);
            history = queries.history(leadId);
            colleagues = queries.colleagues();
            // the lead's own currency, else the partner's country's (issue 10), else EUR
            opportunityCurrency = lead.getCurrency() != null ? lead.getCurrency()
                    : roster.homeCurrency(lead.getPartnerId()).orElse("EUR");
        } catch (IllegalArgumentException | DomainException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void accept() {
        if (Messages.attempt("offerForm", () -> work.accept(lead.getId()))) {
            Messages.info("lead.accepted", lead.getCompany());
            reload();
        }
    }

    /** Declined, the lead leaves this partner: back to the inbox with a message. */
    public String decline() {
        if (Messages.attempt("offerForm", () -> work.decline(lead.getId(), declineReason))) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("lead.declined", lead.getCompany());
            return "/portal/leads/index?faces-redirect=true";
        }
        return null;
    }

    public void updateStatus() {
        if (Messages.attempt("progressForm", () -> work.updateStatus(lead.getId(), nextStatus, note, disqualifyReason))) {
            Messages.info("lead.statusUpdated");
            note = null;
            disqualifyReason = null;
            nextStatus = null;
            reload();
        }
    }

    public void convert() {
        if (Messages.attempt("convertForm", () -> work.convert(lead.getId(), opportunityValue, opportunityCurrency,
                expectedCloseDate, conversionNote))) {
            Messages.info("lead.converted", lead.getCompany());
            reload();
        }
    }

    public void assign() {
        if (Messages.attempt("assignForm", () -> work.assignTo(lead.getId(), assignee))) {
            Messages.info("lead.userAssigned", assignee);
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

    public LocalDate getToday() { return LocalDate.now(java.time.ZoneOffset.UTC); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public LeadSummary getLead() { return lead; }
    public List<HistoryEntry> getHistory() { return history; }
    public List<String[]> getColleagues() { return colleagues; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
    public LeadStatus getNextStatus() { return nextStatus; }
    public void setNextStatus(LeadStatus nextStatus) { this.nextStatus = nextStatus; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getDisqualifyReason() { return disqualifyReason; }
    public void setDisqualifyReason(String disqualifyReason) { this.disqualifyReason = disqualifyReason; }
    public BigDecimal getOpportunityValue() { return opportunityValue; }
    public void setOpportunityValue(BigDecimal opportunityValue) { this.opportunityValue = opportunityValue; }
    public String getOpportunityCurrency() { return opportunityCurrency; }
    public void setOpportunityCurrency(String opportunityCurrency) { this.opportunityCurrency = opportunityCurrency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public void setExpectedCloseDate(LocalDate expectedCloseDate) { this.expectedCloseDate = expectedCloseDate; }
    public String getConversionNote() { return conversionNote; }
    public void setConversionNote(String conversionNote) { this.conversionNote = conversionNote; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
}
