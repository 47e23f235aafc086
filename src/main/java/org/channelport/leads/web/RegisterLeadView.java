package org.channelport.leads.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelport.leads.application.LeadIntakeService;
import org.channelport.platform.web.Messages;

/** A partner registers a lead it found itself: its own at once, never routed (rule L3). */
@Named
@ViewScoped
public class RegisterLeadView implements Serializable {
    @Inject
    LeadIntakeService intake;

    private final LeadForm form = new LeadForm();

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
