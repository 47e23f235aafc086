package org.channelport.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.KeycloakUserGateway;
import org.channelport.partners.domain.PartnerRepository;
import org.channelport.partners.domain.PartnerUser;
import org.channelport.partners.domain.PartnerUserRepository;
import org.channelport.partners.domain.UserStatus;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;

/** A partner admin's colleagues (PA6): invite, deactivate. Keycloak is changed in the same request, at once. */
@ApplicationScoped
@Transactional
public class PartnerUserService {
    @Inject
    org.channelport.platform.notify.Settings settings;
    @Inject
    PartnerRepository partners;
    @Inject
    PartnerUserRepository users;
    @Inject
    KeycloakUserGateway keycloak;
    @Inject
    Tenancy tenancy;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Validation validation;
    @Inject
    Clock clock;

    /** Invites into the caller's own organization. */
    public UUID invite(InviteUserCommand command) {
        return invite(user.requirePartner(), command);
    }

    public UUID invite(UUID partnerId, InviteUserCommand command) {
        tenancy.requireAdminOf(partnerId, "partner", partnerId);
        validation.require(command);
        var partner = partners.find(partnerId).orElseThrow(() -> DomainException.notFound("partner", partnerId));
        if (users.existsWithEmail(command.email())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "error.userExists",
                    "A user with this e-mail address already exists.").at("email");
        }
        if (partner.keycloakGroupId() == null) {
            partner.attachKeycloakGroup(keycloak.ensurePartnerGroup(partnerId, partner.name()));
        }
        var invited = PartnerUser.invite(partnerId, command.email(), command.email(), command.firstName(),
                command.lastName(), command.role(), clock);
        users.add(invited);
        invited.linkKeycloakAccount(keycloak.inviteUser(new KeycloakUserGateway.NewUser(invited.username(),
                invited.email(), command.firstName(), command.lastName(), partner.keycloakGroupId(),
                command.role().realmRoles(), inviterLanguage())));
        audit.record(partnerId, "PartnerUser", invited.id(), "invited", null, UserStatus.ACTIVE,
                AuditDetail.of("history.detail.invitedAs", AuditDetail.text(invited.username()),
                        AuditDetail.label("enum.role." + command.role())));
        // the invitation is Keycloak's one mail (its link chooses the password), in Channelport's words
        return invited.id();
    }

    public void deactivate(UUID userId) {
        var target = users.find(userId).orElseThrow(() -> DomainException.notFound("user", userId));
        tenancy.requireAdminOf(target.partnerId(), "user", userId);
        if (target.username().equals(user.name())) {
            throw new DomainException(DomainException.Kind.INVALID, "user.deactivate.self",
                    "You cannot deactivate your own account.");
        }
        target.deactivate(clock);
        var keycloakId = target.keycloakId() != null ? target.keycloakId()
                : keycloak.findUserId(target.username()).orElse(null);
        if (keycloakId != null) {
            target.linkKeycloakAccount(keycloakId);
            keycloak.disableUser(keycloakId);
        }
        audit.record(target.partnerId(), "PartnerUser", userId, "deactivated", UserStatus.ACTIVE,
                UserStatus.DEACTIVATED, target.username());
    }

    /** The invitation goes out in the inviter's language (their settings'), else in English. */
    private String inviterLanguage() {
        return settings == null ? null
                : settings.mine().map(org.channelport.platform.notify.PersonSettings::languageTag).orElse(null);
    }
}
