package org.channelport.leads.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelport.identity.CurrentUser;
import org.channelport.leads.application.LeadIntakeService;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.web.Messages;

/** A partner registers a lead it found itself: its own at once, never routed (rule L3). */
@Named
@ViewScoped
public class RegisterLeadView implements Serializable {
    @Inject
    LeadIntakeService intake;
    @Inject
    PartnerRoster roster;
    @Inject
    CurrentUser user;

    private final LeadForm form = new LeadForm();

    /** The estimated value starts in the partner's country's currency (issue 10), else EUR. */
    @PostConstruct
    void init() {
        form.setCurrency(roster.homeCurrency(user.partnerId().orElse(null)).orElse("EUR"));
    }

    public String register() {
        var id = Messages.attempt("leadForm", () -> intake.create(form.toCommand("partner")));
        if (id == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("lead.registered", form.getCompany());
        return "/portal/leads/lead?faces-redirect=true&id=" + id;
    }

    public LeadForm getForm() { return form; }
}
