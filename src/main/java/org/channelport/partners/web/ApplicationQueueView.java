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
    private String search;
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

    /** The queue, narrowed to applications whose company name, contact or e-mail contains the search text. */
    public List<ApplicationSummary> getPending() {
        if (search == null || search.isBlank()) {
            return pending;
        }
        var text = search.strip().toLowerCase(java.util.Locale.ROOT);
        return pending.stream().filter(a -> (a.getCompanyName() + " " + a.getContactName() + " " + a.getContactEmail())
                .toLowerCase(java.util.Locale.ROOT).contains(text)).toList();
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public ApplicationSummary getSelected() { return selected; }
    public PartnerTier getTier() { return tier; }
    public void setTier(PartnerTier tier) { this.tier = tier; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public PartnerTier[] getTiers() { return PartnerTier.values(); }
}
