package org.channelport.partners.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.channelport.partners.application.PartnerAdministrationService;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.partners.application.PartnerSummary;
import org.channelport.partners.application.PartnerUserService;
import org.channelport.partners.application.PartnerUserSummary;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.platform.web.Messages;
import org.channelport.shared.DomainException;

/** One partner in the console: profile, tier, suspension, parent distributor, users and history. */
@Named
@ViewScoped
public class PartnerDetailView implements Serializable {
    /** The forms sit in a p:tabView, a naming container: field messages need its id in front. */
    private static final String TABS = "tabs:";
    @Inject
    PartnerDirectory directory;
    @Inject
    PartnerAdministrationService administration;
    @Inject
    PartnerUserService userService;

    private String id;
    private PartnerSummary partner;
    private List<PartnerUserSummary> users;
    private List<HistoryEntry> history;
    private List<PartnerSummary> distributors;
    private PartnerTier tier;
    private UUID parentId;
    private String suspensionReason;

    /** f:viewAction: an unknown or malformed id answers 404 (PA5). */
    public void load() throws IOException {
        try {
            var partnerId = UUID.fromString(id == null ? "" : id);
            partner = directory.get(partnerId);
            users = directory.users(partnerId);
            history = directory.history(partnerId, 0, 200);
            distributors = directory.activeDistributors().stream().filter(d -> !d.getId().equals(partnerId)).toList();
            tier = partner.getTier();
            parentId = partner.getParentId();
        } catch (IllegalArgumentException | DomainException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void changeTier() {
        if (Messages.attempt(TABS + "tierForm", () -> administration.changeTier(partner.getId(), tier))) {
            Messages.info("partner.tierChanged");
            reload();
        }
    }

    public void suspend() {
        if (Messages.attempt(TABS + "suspendForm", () -> administration.suspend(partner.getId(), suspensionReason))) {
            Messages.info("partner.suspended");
            suspensionReason = null;
            reload();
        }
    }

    public void reactivate() {
        if (Messages.attempt(TABS + "statusForm", () -> administration.reactivate(partner.getId()))) {
            Messages.info("partner.reactivated");
            reload();
        }
    }

    public void linkParent() {
        if (Messages.attempt(TABS + "parentForm", () -> administration.linkToParent(partner.getId(), parentId))) {
            Messages.info("partner.parentChanged");
            reload();
        }
    }

    public void deactivate(PartnerUserSummary user) {
        if (Messages.attempt(TABS + "usersForm", () -> userService.deactivate(user.getId()))) {
            Messages.info("users.deactivated", user.getUsername());
            reload();
        }
    }

    private void reload() {
        partner = directory.get(partner.getId());
        users = directory.users(partner.getId());
        history = directory.history(partner.getId(), 0, 200);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PartnerSummary getPartner() { return partner; }
    public List<PartnerUserSummary> getUsers() { return users; }
    public List<HistoryEntry> getHistory() { return history; }
    public List<PartnerSummary> getDistributors() { return distributors; }
    public PartnerTier getTier() { return tier; }
    public void setTier(PartnerTier tier) { this.tier = tier; }
    public UUID getParentId() { return parentId; }
    public void setParentId(UUID parentId) { this.parentId = parentId; }
    public String getSuspensionReason() { return suspensionReason; }
    public void setSuspensionReason(String suspensionReason) { this.suspensionReason = suspensionReason; }
    public PartnerTier[] getTiers() { return PartnerTier.values(); }
    public boolean isParentAllowed() { return partner != null && partner.getType() != org.channelport.partners.domain.PartnerType.DISTRIBUTOR; }
}
