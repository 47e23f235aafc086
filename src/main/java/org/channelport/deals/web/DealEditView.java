package org.channelport.deals.web;

import org.channelport.platform.rest.Params;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.channelport.deals.application.DealQueries;
import org.channelport.deals.application.DealRegistrationService;
import org.channelport.deals.application.DealRows;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.web.Messages;
import org.channelport.shared.DomainException;

/**
 * A partner's registration form: a new one (optionally prefilled from a lead it holds), a draft, or a registration a
 * manager asked a question about (rule D2). Saves a draft or submits it through the conflict check (D3–D5).
 */
@Named
@ViewScoped
public class DealEditView implements Serializable {
    static final String FORM = "dealForm";

    @Inject
    DealQueries queries;
    @Inject
    DealRegistrationService registrations;
    @Inject
    DealChoices choices;
    @Inject
    PartnerRoster roster;
    @Inject
    CurrentUser currentUser;

    private String id;
    private String lead;
    private UUID dealId;
    private UUID leadId;
    private DealRows.Detail deal;
    private DealForm form = new DealForm();
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (id != null && !id.isBlank()) {
                dealId = Params.id(id, "deal registration");
                deal = queries.get(dealId);
                form = DealForm.of(queries.command(dealId));
            } else if (lead != null && !lead.isBlank()) {
                leadId = Params.id(lead, "lead");
                form = DealForm.of(queries.fromLead(leadId));
                Messages.info("deals.fromLead");
            }
            if (form.getCurrency() != null && !choices.getCurrencies().contains(form.getCurrency())) {
                // a lead's value in a currency registrations do not accept: the partner chooses one and states the
                // amount in it (never the same number silently in another currency)
                Messages.error(FORM + ":currency", "deals.fromLead.currency", form.getCurrency());
                form.setCurrency(null);
            } else if (form.getCurrency() == null) {
                form.setCurrency(choices.startingCurrency(roster.homeCurrency(currentUser.partnerId().orElse(null))));
            }
        } catch (DomainException e) {
            org.channelport.platform.web.Pages.notFound();
        }
    }

    /** Saves the form: a new draft, or the changes to this one. Returns false (messages at the fields) when refused. */
    private boolean save() {
        var command = form.toCommand();
        if (dealId == null) {
            var created = Messages.attempt(FORM, () -> registrations.createDraft(command, leadId));
            if (created == null) {
                return false;
            }
            dealId = created;
            return true;
        }
        return Messages.attempt(FORM, () -> registrations.edit(dealId, command));
    }

    public String saveDraft() {
        if (!save()) {
            return null;
        }
        org.channelport.platform.web.Pages.keepMessages();
        Messages.info("deals.draftSaved");
        return "/portal/deals/edit?faces-redirect=true&id=" + dealId;
    }

    /**
     * Rules D3–D5: submitted, or held for review (never saying with whom). A refused submission saves nothing, as on
     * every channel: the form keeps what was typed, and a draft keeps its earlier state.
     */
    public String submit() {
        var command = form.toCommand();
        var submission = Messages.attempt(FORM, () -> dealId == null ? registrations.register(command, leadId)
                : registrations.editAndSubmit(dealId, command));
        if (submission == null) {
            return null;
        }
        dealId = submission.id();
        org.channelport.platform.web.Pages.keepMessages();
        Messages.info(submission.possibleConflict() ? "deals.submittedHeld" : "deals.submitted");
        return "/portal/deals/deal?faces-redirect=true&id=" + dealId;
    }

    public boolean isEditable() { return deal == null || deal.getStatus().isEditable(); }
    public LocalDate getToday() { return LocalDate.now(ZoneOffset.UTC); }
    public DealRows.Detail getDeal() { return deal; }
    public DealForm getForm() { return form; }
    public UUID getDealId() { return dealId; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
}
