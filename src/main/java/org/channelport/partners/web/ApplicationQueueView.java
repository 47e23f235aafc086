package org.channelport.partners.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelport.partners.application.ApplicationSummary;
import org.channelport.partners.application.PartnerApplicationService;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.platform.web.Messages;

/** The channel managers' review queue: approve with a tier, or reject with a reason. */
@Named
@ViewScoped
public class ApplicationQueueView implements Serializable {
    @Inject
    PartnerDirectory directory;
    @Inject
    PartnerApplicationService applications;

    private List<ApplicationSummary> pending;
    private ApplicationSummary selected;
    private PartnerTier tier = PartnerTier.REGISTERED;
    private String reason;

    @PostConstruct
    void load() {
        pending = directory.pendingApplications();
    }

    public void select(ApplicationSummary application) {
        selected = application;
        tier = PartnerTier.REGISTERED;
        reason = null;
    }

    public void approve() {
        if (selected != null && Messages.attempt("approveForm", () -> {
            applications.approve(selected.getId(), tier);
        })) {
            Messages.info("applications.approved", selected.getCompanyName());
            load();
        }
    }

    public void reject() {
        if (selected != null && Messages.attempt("rejectForm", () -> {
            applications.reject(selected.getId(), reason);
        })) {
            Messages.info("applications.rejected", selected.getCompanyName());
            load();
        }
    }

    public List<ApplicationSummary> getPending() { return pending; }
    public ApplicationSummary getSelected() { return selected; }
    public PartnerTier getTier() { return tier; }
    public void setTier(PartnerTier tier) { this.tier = tier; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public PartnerTier[] getTiers() { return PartnerTier.values(); }
}
