package org.channelport.partners.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.application.InviteUserCommand;
import org.channelport.partners.application.PartnerDirectory;
import org.channelport.partners.application.PartnerSummary;
import org.channelport.partners.application.PartnerUserService;
import org.channelport.partners.application.PartnerUserSummary;
import org.channelport.partners.domain.PartnerRole;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.platform.web.Messages;

/** The partner portal's view of the caller's own organization: profile, colleagues, history. */
@Named
@ViewScoped
public class OrganizationView implements Serializable {
    @Inject
    PartnerDirectory directory;
    @Inject
    PartnerUserService userService;
    @Inject
    CurrentUser user;

    private PartnerSummary partner;
    private List<PartnerUserSummary> users;
    private List<HistoryEntry> history;
    private final InviteForm invite = new InviteForm();

    @PostConstruct
    void load() {
        var partnerId = user.requirePartner();
        partner = directory.get(partnerId);
        users = directory.users(partnerId);
        history = directory.history(partnerId, 0, 200);
    }

    public void inviteUser() {
        if (Messages.attempt("inviteForm", () -> {
            userService.invite(invite.toCommand());
        })) {
            Messages.info("users.invited", invite.getEmail());
            invite.clear();
            load();
        }
    }

    public void deactivate(PartnerUserSummary target) {
        if (Messages.attempt("usersForm", () -> userService.deactivate(target.getId()))) {
            Messages.info("users.deactivated", target.getUsername());
            load();
        }
    }

    public boolean isAdmin() { return user.isPartnerAdmin(); }
    public boolean isSelf(PartnerUserSummary row) { return row.getUsername().equals(user.name()); }
    public PartnerSummary getPartner() { return partner; }
    public List<PartnerUserSummary> getUsers() { return users; }
    public List<HistoryEntry> getHistory() { return history; }
    public InviteForm getInvite() { return invite; }
    public PartnerRole[] getRoles() { return PartnerRole.values(); }

    public static class InviteForm implements Serializable {
        private String email;
        private String firstName;
        private String lastName;
        private PartnerRole role = PartnerRole.USER;

        InviteUserCommand toCommand() { return new InviteUserCommand(email, firstName, lastName, role); }

        void clear() {
            email = null;
            firstName = null;
            lastName = null;
            role = PartnerRole.USER;
        }

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getFirstName() { return firstName; }
        public void setFirstName(String firstName) { this.firstName = firstName; }
        public String getLastName() { return lastName; }
        public void setLastName(String lastName) { this.lastName = lastName; }
        public PartnerRole getRole() { return role; }
        public void setRole(PartnerRole role) { this.role = role; }
    }
}
